"""step 33

Revision ID: 0034bench0034
Revises: 0033bench0033
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0034bench0034'
down_revision = '0033bench0033'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0033",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0033")
