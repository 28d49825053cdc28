"""step 500

Revision ID: 0501bench0501
Revises: 0500bench0500
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0501bench0501'
down_revision = '0500bench0500'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0500",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0500")
