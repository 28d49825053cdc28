"""step 460

Revision ID: 0461bench0461
Revises: 0460bench0460
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0461bench0461'
down_revision = '0460bench0460'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0460",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0460")
