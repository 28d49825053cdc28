"""step 862

Revision ID: 0863bench0863
Revises: 0862bench0862
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0863bench0863'
down_revision = '0862bench0862'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0862",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0862")
