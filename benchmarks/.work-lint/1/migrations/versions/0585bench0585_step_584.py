"""step 584

Revision ID: 0585bench0585
Revises: 0584bench0584
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0585bench0585'
down_revision = '0584bench0584'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0584",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0584")
