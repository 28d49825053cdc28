"""step 287

Revision ID: 0288bench0288
Revises: 0287bench0287
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0288bench0288'
down_revision = '0287bench0287'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0287",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0287")
