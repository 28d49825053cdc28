"""step 322

Revision ID: 0323bench0323
Revises: 0322bench0322
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0323bench0323'
down_revision = '0322bench0322'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0322",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0322")
