"""step 716

Revision ID: 0717bench0717
Revises: 0716bench0716
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0717bench0717'
down_revision = '0716bench0716'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0716",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0716")
