"""step 670

Revision ID: 0671bench0671
Revises: 0670bench0670
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0671bench0671'
down_revision = '0670bench0670'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0670",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0670")
