"""step 711

Revision ID: 0712bench0712
Revises: 0711bench0711
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0712bench0712'
down_revision = '0711bench0711'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0711",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0711")
