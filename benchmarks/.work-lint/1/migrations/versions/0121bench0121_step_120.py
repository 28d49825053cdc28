"""step 120

Revision ID: 0121bench0121
Revises: 0120bench0120
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0121bench0121'
down_revision = '0120bench0120'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0120",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0120")
