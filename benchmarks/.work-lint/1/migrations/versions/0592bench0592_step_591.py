"""step 591

Revision ID: 0592bench0592
Revises: 0591bench0591
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0592bench0592'
down_revision = '0591bench0591'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0591",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0591")
