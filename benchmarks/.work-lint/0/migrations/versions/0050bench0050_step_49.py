"""step 49

Revision ID: 0050bench0050
Revises: 0049bench0049
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0050bench0050'
down_revision = '0049bench0049'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0049",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0049")
