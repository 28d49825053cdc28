"""step 652

Revision ID: 0653bench0653
Revises: 0652bench0652
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0653bench0653'
down_revision = '0652bench0652'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0652",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0652")
