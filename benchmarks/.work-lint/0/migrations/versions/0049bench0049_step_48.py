"""step 48

Revision ID: 0049bench0049
Revises: 0048bench0048
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0049bench0049'
down_revision = '0048bench0048'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0048",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0048")
