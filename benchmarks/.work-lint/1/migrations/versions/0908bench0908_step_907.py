"""step 907

Revision ID: 0908bench0908
Revises: 0907bench0907
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0908bench0908'
down_revision = '0907bench0907'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0907",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0907")
