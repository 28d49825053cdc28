"""step 603

Revision ID: 0604bench0604
Revises: 0603bench0603
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0604bench0604'
down_revision = '0603bench0603'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0603",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0603")
