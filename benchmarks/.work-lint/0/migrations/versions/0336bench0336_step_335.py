"""step 335

Revision ID: 0336bench0336
Revises: 0335bench0335
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0336bench0336'
down_revision = '0335bench0335'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0335",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0335")
