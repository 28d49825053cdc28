"""step 738

Revision ID: 0739bench0739
Revises: 0738bench0738
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0739bench0739'
down_revision = '0738bench0738'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0738",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0738")
