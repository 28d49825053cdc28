"""step 53

Revision ID: 0054bench0054
Revises: 0053bench0053
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0054bench0054'
down_revision = '0053bench0053'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0053",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0053")
