"""step 321

Revision ID: 0322bench0322
Revises: 0321bench0321
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0322bench0322'
down_revision = '0321bench0321'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0321",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0321")
