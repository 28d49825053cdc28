"""step 718

Revision ID: 0719bench0719
Revises: 0718bench0718
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0719bench0719'
down_revision = '0718bench0718'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0718",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0718")
