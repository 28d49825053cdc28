"""step 920

Revision ID: 0921bench0921
Revises: 0920bench0920
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0921bench0921'
down_revision = '0920bench0920'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0920",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0920")
