"""step 3

Revision ID: 0004bench0004
Revises: 0003bench0003
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0004bench0004'
down_revision = '0003bench0003'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0003",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0003")
