"""step 841

Revision ID: 0842bench0842
Revises: 0841bench0841
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0842bench0842'
down_revision = '0841bench0841'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0841",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0841")
