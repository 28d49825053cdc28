"""step 625

Revision ID: 0626bench0626
Revises: 0625bench0625
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0626bench0626'
down_revision = '0625bench0625'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0625",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0625")
