"""step 476

Revision ID: 0477bench0477
Revises: 0476bench0476
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0477bench0477'
down_revision = '0476bench0476'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0476",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0476")
