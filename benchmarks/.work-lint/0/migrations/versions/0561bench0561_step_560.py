"""step 560

Revision ID: 0561bench0561
Revises: 0560bench0560
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0561bench0561'
down_revision = '0560bench0560'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0560",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0560")
