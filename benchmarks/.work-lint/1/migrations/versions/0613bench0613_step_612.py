"""step 612

Revision ID: 0613bench0613
Revises: 0612bench0612
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0613bench0613'
down_revision = '0612bench0612'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0612",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0612")
