"""step 110

Revision ID: 0111bench0111
Revises: 0110bench0110
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0111bench0111'
down_revision = '0110bench0110'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0110",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0110")
