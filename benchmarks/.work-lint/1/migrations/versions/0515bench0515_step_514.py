"""step 514

Revision ID: 0515bench0515
Revises: 0514bench0514
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0515bench0515'
down_revision = '0514bench0514'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0514",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0514")
