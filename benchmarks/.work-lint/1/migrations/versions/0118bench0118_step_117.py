"""step 117

Revision ID: 0118bench0118
Revises: 0117bench0117
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0118bench0118'
down_revision = '0117bench0117'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0117",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0117")
