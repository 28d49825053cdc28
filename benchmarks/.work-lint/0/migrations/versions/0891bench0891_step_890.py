"""step 890

Revision ID: 0891bench0891
Revises: 0890bench0890
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0891bench0891'
down_revision = '0890bench0890'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0890",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0890")
