"""step 2

Revision ID: 0003bench0003
Revises: 0002bench0002
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0003bench0003'
down_revision = '0002bench0002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0002",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0002")
