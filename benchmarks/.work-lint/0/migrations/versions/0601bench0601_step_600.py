"""step 600

Revision ID: 0601bench0601
Revises: 0600bench0600
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0601bench0601'
down_revision = '0600bench0600'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0600",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0600")
