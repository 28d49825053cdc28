"""step 740

Revision ID: 0741bench0741
Revises: 0740bench0740
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0741bench0741'
down_revision = '0740bench0740'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0740",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0740")
