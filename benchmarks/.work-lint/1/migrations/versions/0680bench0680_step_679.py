"""step 679

Revision ID: 0680bench0680
Revises: 0679bench0679
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0680bench0680'
down_revision = '0679bench0679'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0679",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0679")
