"""step 283

Revision ID: 0284bench0284
Revises: 0283bench0283
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0284bench0284'
down_revision = '0283bench0283'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0283",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0283")
