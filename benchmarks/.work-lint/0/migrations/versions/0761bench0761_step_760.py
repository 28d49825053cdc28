"""step 760

Revision ID: 0761bench0761
Revises: 0760bench0760
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0761bench0761'
down_revision = '0760bench0760'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0760",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0760")
