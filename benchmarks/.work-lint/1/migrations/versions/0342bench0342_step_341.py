"""step 341

Revision ID: 0342bench0342
Revises: 0341bench0341
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0342bench0342'
down_revision = '0341bench0341'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0341",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0341")
