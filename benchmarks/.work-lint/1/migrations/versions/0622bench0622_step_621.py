"""step 621

Revision ID: 0622bench0622
Revises: 0621bench0621
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0622bench0622'
down_revision = '0621bench0621'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0621",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0621")
