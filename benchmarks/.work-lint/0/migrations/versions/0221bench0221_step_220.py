"""step 220

Revision ID: 0221bench0221
Revises: 0220bench0220
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0221bench0221'
down_revision = '0220bench0220'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0220",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0220")
