"""step 986

Revision ID: 0987bench0987
Revises: 0986bench0986
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0987bench0987'
down_revision = '0986bench0986'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0986",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0986")
