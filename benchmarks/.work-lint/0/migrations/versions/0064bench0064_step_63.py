"""step 63

Revision ID: 0064bench0064
Revises: 0063bench0063
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0064bench0064'
down_revision = '0063bench0063'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0063",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0063")
