"""step 12

Revision ID: 0013bench0013
Revises: 0012bench0012
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0013bench0013'
down_revision = '0012bench0012'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0012",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0012")
