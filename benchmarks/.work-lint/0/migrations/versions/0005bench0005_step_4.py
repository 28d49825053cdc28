"""step 4

Revision ID: 0005bench0005
Revises: 0004bench0004
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0005bench0005'
down_revision = '0004bench0004'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0004",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0004")
