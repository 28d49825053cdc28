"""step 671

Revision ID: 0672bench0672
Revises: 0671bench0671
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0672bench0672'
down_revision = '0671bench0671'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0671",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0671")
