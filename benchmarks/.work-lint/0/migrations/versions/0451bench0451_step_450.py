"""step 450

Revision ID: 0451bench0451
Revises: 0450bench0450
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0451bench0451'
down_revision = '0450bench0450'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0450",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0450")
