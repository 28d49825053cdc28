"""step 651

Revision ID: 0652bench0652
Revises: 0651bench0651
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0652bench0652'
down_revision = '0651bench0651'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0651",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0651")
