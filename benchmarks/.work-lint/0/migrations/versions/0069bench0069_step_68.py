"""step 68

Revision ID: 0069bench0069
Revises: 0068bench0068
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0069bench0069'
down_revision = '0068bench0068'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0068",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0068")
