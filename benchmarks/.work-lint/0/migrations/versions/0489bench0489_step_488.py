"""step 488

Revision ID: 0489bench0489
Revises: 0488bench0488
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0489bench0489'
down_revision = '0488bench0488'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0488",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0488")
