"""step 430

Revision ID: 0431bench0431
Revises: 0430bench0430
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0431bench0431'
down_revision = '0430bench0430'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0430",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0430")
