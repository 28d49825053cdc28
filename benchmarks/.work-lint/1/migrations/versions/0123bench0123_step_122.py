"""step 122

Revision ID: 0123bench0123
Revises: 0122bench0122
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0123bench0123'
down_revision = '0122bench0122'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0122",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0122")
