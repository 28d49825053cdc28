"""step 498

Revision ID: 0499bench0499
Revises: 0498bench0498
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0499bench0499'
down_revision = '0498bench0498'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0498",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0498")
