"""step 757

Revision ID: 0758bench0758
Revises: 0757bench0757
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0758bench0758'
down_revision = '0757bench0757'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0757",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0757")
