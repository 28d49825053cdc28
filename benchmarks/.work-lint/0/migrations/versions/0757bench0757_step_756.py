"""step 756

Revision ID: 0757bench0757
Revises: 0756bench0756
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0757bench0757'
down_revision = '0756bench0756'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0756",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0756")
