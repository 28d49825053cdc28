"""step 605

Revision ID: 0606bench0606
Revises: 0605bench0605
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0606bench0606'
down_revision = '0605bench0605'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0605",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0605")
