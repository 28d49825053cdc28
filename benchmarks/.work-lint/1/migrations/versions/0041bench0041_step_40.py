"""step 40

Revision ID: 0041bench0041
Revises: 0040bench0040
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0041bench0041'
down_revision = '0040bench0040'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0040",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0040")
