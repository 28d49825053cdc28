"""step 96

Revision ID: 0097bench0097
Revises: 0096bench0096
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0097bench0097'
down_revision = '0096bench0096'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0096",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0096")
