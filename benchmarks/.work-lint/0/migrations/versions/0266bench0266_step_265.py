"""step 265

Revision ID: 0266bench0266
Revises: 0265bench0265
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0266bench0266'
down_revision = '0265bench0265'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0265",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0265")
