"""step 150

Revision ID: 0151bench0151
Revises: 0150bench0150
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0151bench0151'
down_revision = '0150bench0150'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0150",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0150")
