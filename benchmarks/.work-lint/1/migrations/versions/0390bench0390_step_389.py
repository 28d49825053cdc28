"""step 389

Revision ID: 0390bench0390
Revises: 0389bench0389
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0390bench0390'
down_revision = '0389bench0389'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0389",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0389")
