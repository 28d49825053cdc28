"""step 914

Revision ID: 0915bench0915
Revises: 0914bench0914
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0915bench0915'
down_revision = '0914bench0914'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0914",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0914")
