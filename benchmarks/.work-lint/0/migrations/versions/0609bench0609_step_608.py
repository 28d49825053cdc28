"""step 608

Revision ID: 0609bench0609
Revises: 0608bench0608
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0609bench0609'
down_revision = '0608bench0608'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0608",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0608")
