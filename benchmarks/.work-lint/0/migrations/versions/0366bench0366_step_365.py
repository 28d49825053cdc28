"""step 365

Revision ID: 0366bench0366
Revises: 0365bench0365
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0366bench0366'
down_revision = '0365bench0365'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0365",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0365")
