"""step 478

Revision ID: 0479bench0479
Revises: 0478bench0478
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0479bench0479'
down_revision = '0478bench0478'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0478",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0478")
