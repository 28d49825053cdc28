"""step 990

Revision ID: 0991bench0991
Revises: 0990bench0990
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0991bench0991'
down_revision = '0990bench0990'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0990",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0990")
