"""step 388

Revision ID: 0389bench0389
Revises: 0388bench0388
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0389bench0389'
down_revision = '0388bench0388'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0388",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0388")
