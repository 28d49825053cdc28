"""step 190

Revision ID: 0191bench0191
Revises: 0190bench0190
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0191bench0191'
down_revision = '0190bench0190'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0190",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0190")
