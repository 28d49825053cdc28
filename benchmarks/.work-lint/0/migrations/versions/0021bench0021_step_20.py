"""step 20

Revision ID: 0021bench0021
Revises: 0020bench0020
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0021bench0021'
down_revision = '0020bench0020'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0020",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0020")
