"""step 831

Revision ID: 0832bench0832
Revises: 0831bench0831
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0832bench0832'
down_revision = '0831bench0831'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0831",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0831")
