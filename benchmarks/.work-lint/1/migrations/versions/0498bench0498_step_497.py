"""step 497

Revision ID: 0498bench0498
Revises: 0497bench0497
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0498bench0498'
down_revision = '0497bench0497'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0497",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0497")
