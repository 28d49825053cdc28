"""step 81

Revision ID: 0082bench0082
Revises: 0081bench0081
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0082bench0082'
down_revision = '0081bench0081'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0081",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0081")
