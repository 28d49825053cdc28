"""step 19

Revision ID: 0020bench0020
Revises: 0019bench0019
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0020bench0020'
down_revision = '0019bench0019'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0019",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0019")
