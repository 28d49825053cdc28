"""step 39

Revision ID: 0040bench0040
Revises: 0039bench0039
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0040bench0040'
down_revision = '0039bench0039'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0039",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0039")
