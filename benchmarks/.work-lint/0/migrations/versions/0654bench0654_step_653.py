"""step 653

Revision ID: 0654bench0654
Revises: 0653bench0653
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0654bench0654'
down_revision = '0653bench0653'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0653",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0653")
