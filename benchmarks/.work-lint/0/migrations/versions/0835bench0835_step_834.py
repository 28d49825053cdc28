"""step 834

Revision ID: 0835bench0835
Revises: 0834bench0834
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0835bench0835'
down_revision = '0834bench0834'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0834",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0834")
