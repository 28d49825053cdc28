"""step 154

Revision ID: 0155bench0155
Revises: 0154bench0154
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0155bench0155'
down_revision = '0154bench0154'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0154",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0154")
