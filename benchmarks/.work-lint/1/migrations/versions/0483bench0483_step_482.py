"""step 482

Revision ID: 0483bench0483
Revises: 0482bench0482
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0483bench0483'
down_revision = '0482bench0482'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0482",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0482")
