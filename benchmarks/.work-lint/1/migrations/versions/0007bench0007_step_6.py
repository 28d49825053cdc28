"""step 6

Revision ID: 0007bench0007
Revises: 0006bench0006
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0007bench0007'
down_revision = '0006bench0006'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0006",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0006")
