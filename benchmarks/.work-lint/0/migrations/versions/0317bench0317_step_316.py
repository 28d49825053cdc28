"""step 316

Revision ID: 0317bench0317
Revises: 0316bench0316
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0317bench0317'
down_revision = '0316bench0316'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0316",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0316")
