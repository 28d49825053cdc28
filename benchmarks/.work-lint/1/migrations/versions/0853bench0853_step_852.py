"""step 852

Revision ID: 0853bench0853
Revises: 0852bench0852
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0853bench0853'
down_revision = '0852bench0852'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0852",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0852")
