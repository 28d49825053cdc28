"""step 989

Revision ID: 0990bench0990
Revises: 0989bench0989
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0990bench0990'
down_revision = '0989bench0989'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0989",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0989")
