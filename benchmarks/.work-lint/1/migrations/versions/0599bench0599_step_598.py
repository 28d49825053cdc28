"""step 598

Revision ID: 0599bench0599
Revises: 0598bench0598
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0599bench0599'
down_revision = '0598bench0598'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0598",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0598")
