"""step 597

Revision ID: 0598bench0598
Revises: 0597bench0597
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0598bench0598'
down_revision = '0597bench0597'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0597",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0597")
