"""step 568

Revision ID: 0569bench0569
Revises: 0568bench0568
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0569bench0569'
down_revision = '0568bench0568'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0568",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0568")
