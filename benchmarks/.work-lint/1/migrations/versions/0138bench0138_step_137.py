"""step 137

Revision ID: 0138bench0138
Revises: 0137bench0137
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0138bench0138'
down_revision = '0137bench0137'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0137",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0137")
