"""step 123

Revision ID: 0124bench0124
Revises: 0123bench0123
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0124bench0124'
down_revision = '0123bench0123'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0123",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0123")
