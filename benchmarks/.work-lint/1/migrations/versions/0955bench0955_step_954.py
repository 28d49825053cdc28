"""step 954

Revision ID: 0955bench0955
Revises: 0954bench0954
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0955bench0955'
down_revision = '0954bench0954'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0954",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0954")
