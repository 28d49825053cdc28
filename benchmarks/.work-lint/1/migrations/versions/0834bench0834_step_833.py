"""step 833

Revision ID: 0834bench0834
Revises: 0833bench0833
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0834bench0834'
down_revision = '0833bench0833'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0833",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0833")
