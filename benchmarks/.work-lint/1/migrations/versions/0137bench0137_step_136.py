"""step 136

Revision ID: 0137bench0137
Revises: 0136bench0136
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0137bench0137'
down_revision = '0136bench0136'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0136",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0136")
