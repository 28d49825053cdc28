"""step 350

Revision ID: 0351bench0351
Revises: 0350bench0350
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0351bench0351'
down_revision = '0350bench0350'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0350",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0350")
