"""step 44

Revision ID: 0045bench0045
Revises: 0044bench0044
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0045bench0045'
down_revision = '0044bench0044'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0044",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0044")
