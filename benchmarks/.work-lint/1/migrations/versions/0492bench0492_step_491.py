"""step 491

Revision ID: 0492bench0492
Revises: 0491bench0491
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0492bench0492'
down_revision = '0491bench0491'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0491",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0491")
