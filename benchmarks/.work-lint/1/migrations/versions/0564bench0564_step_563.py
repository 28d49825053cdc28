"""step 563

Revision ID: 0564bench0564
Revises: 0563bench0563
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0564bench0564'
down_revision = '0563bench0563'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0563",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0563")
