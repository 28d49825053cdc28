"""step 435

Revision ID: 0436bench0436
Revises: 0435bench0435
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0436bench0436'
down_revision = '0435bench0435'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0435",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0435")
