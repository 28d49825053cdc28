"""step 481

Revision ID: 0482bench0482
Revises: 0481bench0481
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0482bench0482'
down_revision = '0481bench0481'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0481",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0481")
