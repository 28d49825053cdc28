"""step 397

Revision ID: 0398bench0398
Revises: 0397bench0397
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0398bench0398'
down_revision = '0397bench0397'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0397",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0397")
