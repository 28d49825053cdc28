"""step 407

Revision ID: 0408bench0408
Revises: 0407bench0407
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0408bench0408'
down_revision = '0407bench0407'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0407",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0407")
