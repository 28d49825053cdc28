"""step 82

Revision ID: 0083bench0083
Revises: 0082bench0082
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0083bench0083'
down_revision = '0082bench0082'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0082",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0082")
