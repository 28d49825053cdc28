"""step 192

Revision ID: 0193bench0193
Revises: 0192bench0192
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0193bench0193'
down_revision = '0192bench0192'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0192",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0192")
