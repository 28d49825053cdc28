"""step 77

Revision ID: 0078bench0078
Revises: 0077bench0077
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0078bench0078'
down_revision = '0077bench0077'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0077",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0077")
