"""step 394

Revision ID: 0395bench0395
Revises: 0394bench0394
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0395bench0395'
down_revision = '0394bench0394'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0394",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0394")
