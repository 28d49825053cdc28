"""step 513

Revision ID: 0514bench0514
Revises: 0513bench0513
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0514bench0514'
down_revision = '0513bench0513'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0513",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0513")
