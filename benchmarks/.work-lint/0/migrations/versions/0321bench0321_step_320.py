"""step 320

Revision ID: 0321bench0321
Revises: 0320bench0320
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0321bench0321'
down_revision = '0320bench0320'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0320",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0320")
