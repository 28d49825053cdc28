"""step 647

Revision ID: 0648bench0648
Revises: 0647bench0647
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0648bench0648'
down_revision = '0647bench0647'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0647",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0647")
