"""step 314

Revision ID: 0315bench0315
Revises: 0314bench0314
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0315bench0315'
down_revision = '0314bench0314'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0314",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0314")
