"""step 569

Revision ID: 0570bench0570
Revises: 0569bench0569
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0570bench0570'
down_revision = '0569bench0569'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0569",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0569")
