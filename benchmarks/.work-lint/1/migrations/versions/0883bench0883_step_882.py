"""step 882

Revision ID: 0883bench0883
Revises: 0882bench0882
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0883bench0883'
down_revision = '0882bench0882'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0882",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0882")
