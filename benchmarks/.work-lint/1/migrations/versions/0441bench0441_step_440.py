"""step 440

Revision ID: 0441bench0441
Revises: 0440bench0440
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0441bench0441'
down_revision = '0440bench0440'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0440",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0440")
