"""step 582

Revision ID: 0583bench0583
Revises: 0582bench0582
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0583bench0583'
down_revision = '0582bench0582'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0582",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0582")
