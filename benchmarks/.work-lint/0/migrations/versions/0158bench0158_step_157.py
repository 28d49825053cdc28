"""step 157

Revision ID: 0158bench0158
Revises: 0157bench0157
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0158bench0158'
down_revision = '0157bench0157'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0157",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0157")
