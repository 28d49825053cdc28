"""step 887

Revision ID: 0888bench0888
Revises: 0887bench0887
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0888bench0888'
down_revision = '0887bench0887'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0887",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0887")
