"""step 816

Revision ID: 0817bench0817
Revises: 0816bench0816
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0817bench0817'
down_revision = '0816bench0816'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0816",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0816")
