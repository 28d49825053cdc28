"""step 200

Revision ID: 0201bench0201
Revises: 0200bench0200
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0201bench0201'
down_revision = '0200bench0200'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0200",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0200")
