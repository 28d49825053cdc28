"""step 769

Revision ID: 0770bench0770
Revises: 0769bench0769
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0770bench0770'
down_revision = '0769bench0769'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0769",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0769")
