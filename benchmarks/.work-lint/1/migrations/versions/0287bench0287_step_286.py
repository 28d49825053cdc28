"""step 286

Revision ID: 0287bench0287
Revises: 0286bench0286
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0287bench0287'
down_revision = '0286bench0286'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0286",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0286")
