"""step 542

Revision ID: 0543bench0543
Revises: 0542bench0542
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0543bench0543'
down_revision = '0542bench0542'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0542",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0542")
