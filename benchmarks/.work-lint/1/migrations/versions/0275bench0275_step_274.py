"""step 274

Revision ID: 0275bench0275
Revises: 0274bench0274
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0275bench0275'
down_revision = '0274bench0274'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0274",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0274")
