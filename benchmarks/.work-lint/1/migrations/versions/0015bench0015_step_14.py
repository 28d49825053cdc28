"""step 14

Revision ID: 0015bench0015
Revises: 0014bench0014
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0015bench0015'
down_revision = '0014bench0014'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0014",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0014")
