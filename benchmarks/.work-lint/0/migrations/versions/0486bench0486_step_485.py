"""step 485

Revision ID: 0486bench0486
Revises: 0485bench0485
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0486bench0486'
down_revision = '0485bench0485'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0485",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0485")
