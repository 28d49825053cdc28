"""step 444

Revision ID: 0445bench0445
Revises: 0444bench0444
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0445bench0445'
down_revision = '0444bench0444'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0444",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0444")
