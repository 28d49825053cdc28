"""step 101

Revision ID: 0102bench0102
Revises: 0101bench0101
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0102bench0102'
down_revision = '0101bench0101'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0101",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0101")
