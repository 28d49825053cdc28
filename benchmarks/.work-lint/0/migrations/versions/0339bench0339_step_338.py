"""step 338

Revision ID: 0339bench0339
Revises: 0338bench0338
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0339bench0339'
down_revision = '0338bench0338'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0338",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0338")
