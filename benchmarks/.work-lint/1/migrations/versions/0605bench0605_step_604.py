"""step 604

Revision ID: 0605bench0605
Revises: 0604bench0604
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0605bench0605'
down_revision = '0604bench0604'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0604",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0604")
