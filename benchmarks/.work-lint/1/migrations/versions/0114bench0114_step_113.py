"""step 113

Revision ID: 0114bench0114
Revises: 0113bench0113
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0114bench0114'
down_revision = '0113bench0113'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0113",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0113")
