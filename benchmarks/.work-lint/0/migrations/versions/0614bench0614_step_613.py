"""step 613

Revision ID: 0614bench0614
Revises: 0613bench0613
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0614bench0614'
down_revision = '0613bench0613'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0613",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0613")
