"""step 699

Revision ID: 0700bench0700
Revises: 0699bench0699
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0700bench0700'
down_revision = '0699bench0699'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0699",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0699")
