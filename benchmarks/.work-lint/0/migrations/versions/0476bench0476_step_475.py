"""step 475

Revision ID: 0476bench0476
Revises: 0475bench0475
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0476bench0476'
down_revision = '0475bench0475'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0475",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0475")
