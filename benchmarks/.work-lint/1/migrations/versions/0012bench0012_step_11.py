"""step 11

Revision ID: 0012bench0012
Revises: 0011bench0011
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0012bench0012'
down_revision = '0011bench0011'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0011",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0011")
