"""step 998

Revision ID: 0999bench0999
Revises: 0998bench0998
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0999bench0999'
down_revision = '0998bench0998'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0998",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0998")
