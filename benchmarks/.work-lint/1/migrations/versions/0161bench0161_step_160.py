"""step 160

Revision ID: 0161bench0161
Revises: 0160bench0160
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0161bench0161'
down_revision = '0160bench0160'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0160",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0160")
