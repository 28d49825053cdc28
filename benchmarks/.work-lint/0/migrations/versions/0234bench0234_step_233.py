"""step 233

Revision ID: 0234bench0234
Revises: 0233bench0233
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0234bench0234'
down_revision = '0233bench0233'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0233",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0233")
