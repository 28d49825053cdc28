"""step 842

Revision ID: 0843bench0843
Revises: 0842bench0842
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0843bench0843'
down_revision = '0842bench0842'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0842",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0842")
