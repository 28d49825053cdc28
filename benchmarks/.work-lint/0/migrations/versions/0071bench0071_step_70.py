"""step 70

Revision ID: 0071bench0071
Revises: 0070bench0070
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0071bench0071'
down_revision = '0070bench0070'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0070",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0070")
