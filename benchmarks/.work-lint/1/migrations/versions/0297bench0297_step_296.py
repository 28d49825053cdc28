"""step 296

Revision ID: 0297bench0297
Revises: 0296bench0296
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0297bench0297'
down_revision = '0296bench0296'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0296",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0296")
