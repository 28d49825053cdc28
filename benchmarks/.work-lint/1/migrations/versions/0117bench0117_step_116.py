"""step 116

Revision ID: 0117bench0117
Revises: 0116bench0116
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0117bench0117'
down_revision = '0116bench0116'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0116",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0116")
