"""step 505

Revision ID: 0506bench0506
Revises: 0505bench0505
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0506bench0506'
down_revision = '0505bench0505'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0505",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0505")
