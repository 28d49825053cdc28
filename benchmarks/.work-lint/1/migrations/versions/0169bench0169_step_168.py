"""step 168

Revision ID: 0169bench0169
Revises: 0168bench0168
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0169bench0169'
down_revision = '0168bench0168'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0168",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0168")
