"""step 602

Revision ID: 0603bench0603
Revises: 0602bench0602
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0603bench0603'
down_revision = '0602bench0602'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0602",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0602")
