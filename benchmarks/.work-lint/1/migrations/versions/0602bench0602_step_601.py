"""step 601

Revision ID: 0602bench0602
Revises: 0601bench0601
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0602bench0602'
down_revision = '0601bench0601'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0601",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0601")
