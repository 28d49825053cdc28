"""step 953

Revision ID: 0954bench0954
Revises: 0953bench0953
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0954bench0954'
down_revision = '0953bench0953'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0953",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0953")
