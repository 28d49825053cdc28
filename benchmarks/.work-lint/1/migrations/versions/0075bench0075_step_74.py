"""step 74

Revision ID: 0075bench0075
Revises: 0074bench0074
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0075bench0075'
down_revision = '0074bench0074'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0074",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0074")
