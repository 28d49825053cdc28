"""step 683

Revision ID: 0684bench0684
Revises: 0683bench0683
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0684bench0684'
down_revision = '0683bench0683'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0683",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0683")
