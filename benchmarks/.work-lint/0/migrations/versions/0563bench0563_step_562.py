"""step 562

Revision ID: 0563bench0563
Revises: 0562bench0562
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0563bench0563'
down_revision = '0562bench0562'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0562",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0562")
