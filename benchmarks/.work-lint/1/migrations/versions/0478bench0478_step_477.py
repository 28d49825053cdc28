"""step 477

Revision ID: 0478bench0478
Revises: 0477bench0477
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0478bench0478'
down_revision = '0477bench0477'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0477",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0477")
