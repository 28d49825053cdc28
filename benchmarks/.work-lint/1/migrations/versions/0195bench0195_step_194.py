"""step 194

Revision ID: 0195bench0195
Revises: 0194bench0194
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0195bench0195'
down_revision = '0194bench0194'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0194",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0194")
