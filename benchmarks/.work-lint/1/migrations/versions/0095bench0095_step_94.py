"""step 94

Revision ID: 0095bench0095
Revises: 0094bench0094
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0095bench0095'
down_revision = '0094bench0094'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0094",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0094")
