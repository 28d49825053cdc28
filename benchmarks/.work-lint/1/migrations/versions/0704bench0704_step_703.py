"""step 703

Revision ID: 0704bench0704
Revises: 0703bench0703
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0704bench0704'
down_revision = '0703bench0703'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0703",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0703")
