"""step 42

Revision ID: 0043bench0043
Revises: 0042bench0042
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0043bench0043'
down_revision = '0042bench0042'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0042",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0042")
