"""step 820

Revision ID: 0821bench0821
Revises: 0820bench0820
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0821bench0821'
down_revision = '0820bench0820'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0820",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0820")
