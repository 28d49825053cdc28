"""step 461

Revision ID: 0462bench0462
Revises: 0461bench0461
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0462bench0462'
down_revision = '0461bench0461'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0461",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0461")
