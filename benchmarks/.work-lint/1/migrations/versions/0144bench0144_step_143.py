"""step 143

Revision ID: 0144bench0144
Revises: 0143bench0143
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0144bench0144'
down_revision = '0143bench0143'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0143",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0143")
