"""step 634

Revision ID: 0635bench0635
Revises: 0634bench0634
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0635bench0635'
down_revision = '0634bench0634'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0634",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0634")
