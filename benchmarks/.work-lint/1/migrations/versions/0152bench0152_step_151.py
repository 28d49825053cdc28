"""step 151

Revision ID: 0152bench0152
Revises: 0151bench0151
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0152bench0152'
down_revision = '0151bench0151'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0151",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0151")
