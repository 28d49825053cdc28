"""step 590

Revision ID: 0591bench0591
Revises: 0590bench0590
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0591bench0591'
down_revision = '0590bench0590'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0590",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0590")
