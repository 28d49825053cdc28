"""step 203

Revision ID: 0204bench0204
Revises: 0203bench0203
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0204bench0204'
down_revision = '0203bench0203'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0203",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0203")
