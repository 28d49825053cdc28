"""step 487

Revision ID: 0488bench0488
Revises: 0487bench0487
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0488bench0488'
down_revision = '0487bench0487'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0487",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0487")
