"""step 708

Revision ID: 0709bench0709
Revises: 0708bench0708
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0709bench0709'
down_revision = '0708bench0708'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0708",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0708")
