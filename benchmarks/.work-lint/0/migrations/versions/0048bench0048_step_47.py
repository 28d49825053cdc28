"""step 47

Revision ID: 0048bench0048
Revises: 0047bench0047
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0048bench0048'
down_revision = '0047bench0047'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0047",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0047")
