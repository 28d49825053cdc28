"""step 668

Revision ID: 0669bench0669
Revises: 0668bench0668
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0669bench0669'
down_revision = '0668bench0668'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0668",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0668")
