"""step 585

Revision ID: 0586bench0586
Revises: 0585bench0585
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0586bench0586'
down_revision = '0585bench0585'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0585",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0585")
