"""step 540

Revision ID: 0541bench0541
Revises: 0540bench0540
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0541bench0541'
down_revision = '0540bench0540'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0540",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0540")
