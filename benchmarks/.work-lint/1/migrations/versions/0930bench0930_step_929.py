"""step 929

Revision ID: 0930bench0930
Revises: 0929bench0929
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0930bench0930'
down_revision = '0929bench0929'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0929",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0929")
