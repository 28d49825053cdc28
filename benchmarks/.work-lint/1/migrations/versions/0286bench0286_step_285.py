"""step 285

Revision ID: 0286bench0286
Revises: 0285bench0285
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0286bench0286'
down_revision = '0285bench0285'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0285",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0285")
