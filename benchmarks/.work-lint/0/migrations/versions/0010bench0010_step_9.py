"""step 9

Revision ID: 0010bench0010
Revises: 0009bench0009
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0010bench0010'
down_revision = '0009bench0009'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0009",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0009")
