"""step 778

Revision ID: 0779bench0779
Revises: 0778bench0778
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0779bench0779'
down_revision = '0778bench0778'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0778",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0778")
