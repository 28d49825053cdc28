"""step 35

Revision ID: 0036bench0036
Revises: 0035bench0035
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0036bench0036'
down_revision = '0035bench0035'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0035",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0035")
