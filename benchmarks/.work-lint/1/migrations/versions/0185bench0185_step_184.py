"""step 184

Revision ID: 0185bench0185
Revises: 0184bench0184
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0185bench0185'
down_revision = '0184bench0184'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0184",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0184")
