"""step 677

Revision ID: 0678bench0678
Revises: 0677bench0677
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0678bench0678'
down_revision = '0677bench0677'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0677",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0677")
