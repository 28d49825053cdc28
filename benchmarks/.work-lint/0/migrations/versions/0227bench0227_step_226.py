"""step 226

Revision ID: 0227bench0227
Revises: 0226bench0226
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0227bench0227'
down_revision = '0226bench0226'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0226",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0226")
