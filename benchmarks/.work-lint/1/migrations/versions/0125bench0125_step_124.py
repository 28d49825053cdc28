"""step 124

Revision ID: 0125bench0125
Revises: 0124bench0124
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0125bench0125'
down_revision = '0124bench0124'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0124",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0124")
