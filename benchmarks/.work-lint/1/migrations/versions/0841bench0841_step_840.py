"""step 840

Revision ID: 0841bench0841
Revises: 0840bench0840
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0841bench0841'
down_revision = '0840bench0840'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0840",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0840")
