"""step 489

Revision ID: 0490bench0490
Revises: 0489bench0489
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0490bench0490'
down_revision = '0489bench0489'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0489",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0489")
