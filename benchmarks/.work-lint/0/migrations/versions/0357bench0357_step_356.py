"""step 356

Revision ID: 0357bench0357
Revises: 0356bench0356
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0357bench0357'
down_revision = '0356bench0356'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0356",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0356")
