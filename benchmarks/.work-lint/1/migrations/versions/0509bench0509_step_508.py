"""step 508

Revision ID: 0509bench0509
Revises: 0508bench0508
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0509bench0509'
down_revision = '0508bench0508'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0508",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0508")
