"""step 678

Revision ID: 0679bench0679
Revises: 0678bench0678
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0679bench0679'
down_revision = '0678bench0678'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0678",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0678")
