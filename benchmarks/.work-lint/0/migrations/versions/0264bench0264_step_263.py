"""step 263

Revision ID: 0264bench0264
Revises: 0263bench0263
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0264bench0264'
down_revision = '0263bench0263'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0263",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0263")
