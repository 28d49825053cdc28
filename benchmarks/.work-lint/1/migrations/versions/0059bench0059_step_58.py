"""step 58

Revision ID: 0059bench0059
Revises: 0058bench0058
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0059bench0059'
down_revision = '0058bench0058'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0058",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0058")
