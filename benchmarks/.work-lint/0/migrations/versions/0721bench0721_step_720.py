"""step 720

Revision ID: 0721bench0721
Revises: 0720bench0720
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0721bench0721'
down_revision = '0720bench0720'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0720",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0720")
