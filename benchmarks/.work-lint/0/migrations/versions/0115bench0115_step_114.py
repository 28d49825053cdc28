"""step 114

Revision ID: 0115bench0115
Revises: 0114bench0114
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0115bench0115'
down_revision = '0114bench0114'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0114",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0114")
