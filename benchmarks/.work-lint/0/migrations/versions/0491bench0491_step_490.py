"""step 490

Revision ID: 0491bench0491
Revises: 0490bench0490
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0491bench0491'
down_revision = '0490bench0490'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0490",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0490")
