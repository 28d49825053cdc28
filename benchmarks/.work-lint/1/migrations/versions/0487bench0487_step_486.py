"""step 486

Revision ID: 0487bench0487
Revises: 0486bench0486
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0487bench0487'
down_revision = '0486bench0486'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0486",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0486")
