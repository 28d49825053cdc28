"""step 380

Revision ID: 0381bench0381
Revises: 0380bench0380
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0381bench0381'
down_revision = '0380bench0380'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0380",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0380")
