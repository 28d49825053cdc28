"""step 24

Revision ID: 0025bench0025
Revises: 0024bench0024
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0025bench0025'
down_revision = '0024bench0024'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0024",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0024")
