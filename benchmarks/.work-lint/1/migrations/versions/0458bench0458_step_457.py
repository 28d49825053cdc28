"""step 457

Revision ID: 0458bench0458
Revises: 0457bench0457
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0458bench0458'
down_revision = '0457bench0457'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0457",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0457")
