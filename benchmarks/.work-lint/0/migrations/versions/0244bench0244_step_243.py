"""step 243

Revision ID: 0244bench0244
Revises: 0243bench0243
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0244bench0244'
down_revision = '0243bench0243'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0243",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0243")
