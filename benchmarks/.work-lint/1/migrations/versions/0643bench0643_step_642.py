"""step 642

Revision ID: 0643bench0643
Revises: 0642bench0642
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0643bench0643'
down_revision = '0642bench0642'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0642",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0642")
