"""step 334

Revision ID: 0335bench0335
Revises: 0334bench0334
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0335bench0335'
down_revision = '0334bench0334'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0334",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0334")
