"""step 567

Revision ID: 0568bench0568
Revises: 0567bench0567
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0568bench0568'
down_revision = '0567bench0567'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0567",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0567")
