"""step 429

Revision ID: 0430bench0430
Revises: 0429bench0429
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0430bench0430'
down_revision = '0429bench0429'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0429",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0429")
