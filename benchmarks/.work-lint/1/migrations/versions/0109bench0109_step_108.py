"""step 108

Revision ID: 0109bench0109
Revises: 0108bench0108
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0109bench0109'
down_revision = '0108bench0108'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0108",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0108")
