"""step 370

Revision ID: 0371bench0371
Revises: 0370bench0370
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0371bench0371'
down_revision = '0370bench0370'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0370",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0370")
