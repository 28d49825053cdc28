"""step 973

Revision ID: 0974bench0974
Revises: 0973bench0973
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0974bench0974'
down_revision = '0973bench0973'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0973",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0973")
