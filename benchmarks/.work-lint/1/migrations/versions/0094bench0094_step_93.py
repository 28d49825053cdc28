"""step 93

Revision ID: 0094bench0094
Revises: 0093bench0093
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0094bench0094'
down_revision = '0093bench0093'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0093",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0093")
