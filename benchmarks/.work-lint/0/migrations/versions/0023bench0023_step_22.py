"""step 22

Revision ID: 0023bench0023
Revises: 0022bench0022
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0023bench0023'
down_revision = '0022bench0022'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0022",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0022")
