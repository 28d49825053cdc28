"""step 185

Revision ID: 0186bench0186
Revises: 0185bench0185
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0186bench0186'
down_revision = '0185bench0185'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0185",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0185")
