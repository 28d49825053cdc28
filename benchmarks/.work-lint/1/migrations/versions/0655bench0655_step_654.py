"""step 654

Revision ID: 0655bench0655
Revises: 0654bench0654
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0655bench0655'
down_revision = '0654bench0654'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0654",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0654")
