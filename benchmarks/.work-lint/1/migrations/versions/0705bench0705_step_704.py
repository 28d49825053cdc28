"""step 704

Revision ID: 0705bench0705
Revises: 0704bench0704
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0705bench0705'
down_revision = '0704bench0704'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0704",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0704")
