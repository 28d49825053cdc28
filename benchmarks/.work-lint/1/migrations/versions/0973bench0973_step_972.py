"""step 972

Revision ID: 0973bench0973
Revises: 0972bench0972
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0973bench0973'
down_revision = '0972bench0972'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0972",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0972")
