"""step 303

Revision ID: 0304bench0304
Revises: 0303bench0303
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0304bench0304'
down_revision = '0303bench0303'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0303",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0303")
