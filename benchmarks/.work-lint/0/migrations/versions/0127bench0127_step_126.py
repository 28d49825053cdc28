"""step 126

Revision ID: 0127bench0127
Revises: 0126bench0126
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0127bench0127'
down_revision = '0126bench0126'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0126",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0126")
