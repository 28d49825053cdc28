"""step 248

Revision ID: 0249bench0249
Revises: 0248bench0248
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0249bench0249'
down_revision = '0248bench0248'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0248",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0248")
