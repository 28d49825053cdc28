"""step 223

Revision ID: 0224bench0224
Revises: 0223bench0223
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0224bench0224'
down_revision = '0223bench0223'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0223",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0223")
