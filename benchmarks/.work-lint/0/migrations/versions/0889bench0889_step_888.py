"""step 888

Revision ID: 0889bench0889
Revises: 0888bench0888
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0889bench0889'
down_revision = '0888bench0888'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0888",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0888")
