"""step 61

Revision ID: 0062bench0062
Revises: 0061bench0061
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0062bench0062'
down_revision = '0061bench0061'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0061",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0061")
