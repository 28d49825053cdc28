"""step 881

Revision ID: 0882bench0882
Revises: 0881bench0881
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0882bench0882'
down_revision = '0881bench0881'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0881",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0881")
