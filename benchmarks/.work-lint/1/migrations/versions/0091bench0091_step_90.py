"""step 90

Revision ID: 0091bench0091
Revises: 0090bench0090
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0091bench0091'
down_revision = '0090bench0090'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0090",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0090")
