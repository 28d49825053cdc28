"""step 952

Revision ID: 0953bench0953
Revises: 0952bench0952
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0953bench0953'
down_revision = '0952bench0952'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0952",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0952")
