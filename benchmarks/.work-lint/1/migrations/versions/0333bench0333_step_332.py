"""step 332

Revision ID: 0333bench0333
Revises: 0332bench0332
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0333bench0333'
down_revision = '0332bench0332'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0332",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0332")
