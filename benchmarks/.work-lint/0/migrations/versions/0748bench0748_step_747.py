"""step 747

Revision ID: 0748bench0748
Revises: 0747bench0747
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0748bench0748'
down_revision = '0747bench0747'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0747",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0747")
