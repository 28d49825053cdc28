"""step 545

Revision ID: 0546bench0546
Revises: 0545bench0545
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0546bench0546'
down_revision = '0545bench0545'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0545",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0545")
