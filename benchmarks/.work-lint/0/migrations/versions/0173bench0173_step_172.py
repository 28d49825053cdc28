"""step 172

Revision ID: 0173bench0173
Revises: 0172bench0172
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0173bench0173'
down_revision = '0172bench0172'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0172",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0172")
