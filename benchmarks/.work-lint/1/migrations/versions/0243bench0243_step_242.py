"""step 242

Revision ID: 0243bench0243
Revises: 0242bench0242
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0243bench0243'
down_revision = '0242bench0242'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0242",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0242")
