"""step 474

Revision ID: 0475bench0475
Revises: 0474bench0474
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0475bench0475'
down_revision = '0474bench0474'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0474",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0474")
