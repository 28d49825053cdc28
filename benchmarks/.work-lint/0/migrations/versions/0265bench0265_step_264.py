"""step 264

Revision ID: 0265bench0265
Revises: 0264bench0264
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0265bench0265'
down_revision = '0264bench0264'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0264",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0264")
