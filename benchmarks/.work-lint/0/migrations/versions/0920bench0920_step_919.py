"""step 919

Revision ID: 0920bench0920
Revises: 0919bench0919
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0920bench0920'
down_revision = '0919bench0919'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0919",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0919")
