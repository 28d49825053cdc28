"""step 768

Revision ID: 0769bench0769
Revises: 0768bench0768
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0769bench0769'
down_revision = '0768bench0768'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0768",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0768")
