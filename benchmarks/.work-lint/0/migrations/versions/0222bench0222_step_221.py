"""step 221

Revision ID: 0222bench0222
Revises: 0221bench0221
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0222bench0222'
down_revision = '0221bench0221'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0221",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0221")
