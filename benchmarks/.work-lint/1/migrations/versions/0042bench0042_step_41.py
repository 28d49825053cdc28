"""step 41

Revision ID: 0042bench0042
Revises: 0041bench0041
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0042bench0042'
down_revision = '0041bench0041'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0041",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0041")
