"""step 623

Revision ID: 0624bench0624
Revises: 0623bench0623
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0624bench0624'
down_revision = '0623bench0623'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0623",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0623")
