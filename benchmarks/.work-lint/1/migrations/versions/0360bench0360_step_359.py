"""step 359

Revision ID: 0360bench0360
Revises: 0359bench0359
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0360bench0360'
down_revision = '0359bench0359'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0359",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0359")
