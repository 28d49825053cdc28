"""step 979

Revision ID: 0980bench0980
Revises: 0979bench0979
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0980bench0980'
down_revision = '0979bench0979'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0979",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0979")
