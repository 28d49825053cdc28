"""step 10

Revision ID: 0011bench0011
Revises: 0010bench0010
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0011bench0011'
down_revision = '0010bench0010'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0010",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0010")
