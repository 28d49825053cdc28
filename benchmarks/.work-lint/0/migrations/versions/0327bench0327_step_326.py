"""step 326

Revision ID: 0327bench0327
Revises: 0326bench0326
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0327bench0327'
down_revision = '0326bench0326'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0326",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0326")
