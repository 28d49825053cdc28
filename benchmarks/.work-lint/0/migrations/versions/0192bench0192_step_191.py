"""step 191

Revision ID: 0192bench0192
Revises: 0191bench0191
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0192bench0192'
down_revision = '0191bench0191'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0191",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0191")
