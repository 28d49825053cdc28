"""step 121

Revision ID: 0122bench0122
Revises: 0121bench0121
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0122bench0122'
down_revision = '0121bench0121'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0121",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0121")
