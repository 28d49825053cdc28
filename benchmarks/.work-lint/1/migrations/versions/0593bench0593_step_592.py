"""step 592

Revision ID: 0593bench0593
Revises: 0592bench0592
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0593bench0593'
down_revision = '0592bench0592'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0592",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0592")
