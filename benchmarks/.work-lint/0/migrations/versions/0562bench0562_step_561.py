"""step 561

Revision ID: 0562bench0562
Revises: 0561bench0561
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0562bench0562'
down_revision = '0561bench0561'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0561",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0561")
