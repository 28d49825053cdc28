"""step 107

Revision ID: 0108bench0108
Revises: 0107bench0107
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0108bench0108'
down_revision = '0107bench0107'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0107",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0107")
