"""step 317

Revision ID: 0318bench0318
Revises: 0317bench0317
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0318bench0318'
down_revision = '0317bench0317'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0317",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0317")
