"""step 767

Revision ID: 0768bench0768
Revises: 0767bench0767
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0768bench0768'
down_revision = '0767bench0767'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0767",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0767")
