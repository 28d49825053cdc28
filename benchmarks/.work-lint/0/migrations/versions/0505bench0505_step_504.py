"""step 504

Revision ID: 0505bench0505
Revises: 0504bench0504
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0505bench0505'
down_revision = '0504bench0504'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0504",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0504")
