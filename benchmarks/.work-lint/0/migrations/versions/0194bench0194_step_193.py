"""step 193

Revision ID: 0194bench0194
Revises: 0193bench0193
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0194bench0194'
down_revision = '0193bench0193'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0193",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0193")
