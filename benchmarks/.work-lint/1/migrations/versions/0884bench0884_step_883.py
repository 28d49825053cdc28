"""step 883

Revision ID: 0884bench0884
Revises: 0883bench0883
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0884bench0884'
down_revision = '0883bench0883'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0883",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0883")
