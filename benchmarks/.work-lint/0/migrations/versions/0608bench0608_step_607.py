"""step 607

Revision ID: 0608bench0608
Revises: 0607bench0607
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0608bench0608'
down_revision = '0607bench0607'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0607",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0607")
