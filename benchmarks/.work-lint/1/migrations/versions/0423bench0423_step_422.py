"""step 422

Revision ID: 0423bench0423
Revises: 0422bench0422
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0423bench0423'
down_revision = '0422bench0422'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0422",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0422")
