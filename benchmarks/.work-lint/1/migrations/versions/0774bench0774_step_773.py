"""step 773

Revision ID: 0774bench0774
Revises: 0773bench0773
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0774bench0774'
down_revision = '0773bench0773'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0773",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0773")
