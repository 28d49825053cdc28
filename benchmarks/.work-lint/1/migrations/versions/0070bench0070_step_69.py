"""step 69

Revision ID: 0070bench0070
Revises: 0069bench0069
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0070bench0070'
down_revision = '0069bench0069'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0069",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0069")
