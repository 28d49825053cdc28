"""step 395

Revision ID: 0396bench0396
Revises: 0395bench0395
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0396bench0396'
down_revision = '0395bench0395'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0395",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0395")
