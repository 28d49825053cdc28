"""step 717

Revision ID: 0718bench0718
Revises: 0717bench0717
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0718bench0718'
down_revision = '0717bench0717'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0717",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0717")
