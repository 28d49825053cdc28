"""step 997

Revision ID: 0998bench0998
Revises: 0997bench0997
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0998bench0998'
down_revision = '0997bench0997'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0997",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0997")
