"""step 386

Revision ID: 0387bench0387
Revises: 0386bench0386
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0387bench0387'
down_revision = '0386bench0386'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0386",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0386")
