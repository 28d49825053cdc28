"""step 281

Revision ID: 0282bench0282
Revises: 0281bench0281
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0282bench0282'
down_revision = '0281bench0281'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0281",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0281")
