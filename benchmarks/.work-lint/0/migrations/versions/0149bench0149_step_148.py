"""step 148

Revision ID: 0149bench0149
Revises: 0148bench0148
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0149bench0149'
down_revision = '0148bench0148'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0148",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0148")
