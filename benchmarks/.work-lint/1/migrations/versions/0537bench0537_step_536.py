"""step 536

Revision ID: 0537bench0537
Revises: 0536bench0536
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0537bench0537'
down_revision = '0536bench0536'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0536",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0536")
