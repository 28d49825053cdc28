"""step 641

Revision ID: 0642bench0642
Revises: 0641bench0641
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0642bench0642'
down_revision = '0641bench0641'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0641",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0641")
