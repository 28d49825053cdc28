"""step 925

Revision ID: 0926bench0926
Revises: 0925bench0925
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0926bench0926'
down_revision = '0925bench0925'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0925",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0925")
