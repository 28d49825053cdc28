"""step 252

Revision ID: 0253bench0253
Revises: 0252bench0252
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0253bench0253'
down_revision = '0252bench0252'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0252",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0252")
