"""step 140

Revision ID: 0141bench0141
Revises: 0140bench0140
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0141bench0141'
down_revision = '0140bench0140'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0140",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0140")
