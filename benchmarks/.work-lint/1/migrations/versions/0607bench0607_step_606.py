"""step 606

Revision ID: 0607bench0607
Revises: 0606bench0606
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0607bench0607'
down_revision = '0606bench0606'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0606",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0606")
