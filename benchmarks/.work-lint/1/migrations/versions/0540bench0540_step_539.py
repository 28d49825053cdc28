"""step 539

Revision ID: 0540bench0540
Revises: 0539bench0539
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0540bench0540'
down_revision = '0539bench0539'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0539",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0539")
