"""step 238

Revision ID: 0239bench0239
Revises: 0238bench0238
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0239bench0239'
down_revision = '0238bench0238'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0238",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0238")
