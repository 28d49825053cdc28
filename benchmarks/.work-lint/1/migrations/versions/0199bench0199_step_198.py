"""step 198

Revision ID: 0199bench0199
Revises: 0198bench0198
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0199bench0199'
down_revision = '0198bench0198'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0198",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0198")
