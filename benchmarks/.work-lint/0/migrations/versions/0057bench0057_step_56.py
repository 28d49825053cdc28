"""step 56

Revision ID: 0057bench0057
Revises: 0056bench0056
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0057bench0057'
down_revision = '0056bench0056'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0056",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0056")
