"""step 312

Revision ID: 0313bench0313
Revises: 0312bench0312
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0313bench0313'
down_revision = '0312bench0312'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0312",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0312")
