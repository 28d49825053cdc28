"""step 271

Revision ID: 0272bench0272
Revises: 0271bench0271
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0272bench0272'
down_revision = '0271bench0271'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0271",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0271")
