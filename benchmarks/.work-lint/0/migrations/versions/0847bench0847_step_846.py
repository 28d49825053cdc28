"""step 846

Revision ID: 0847bench0847
Revises: 0846bench0846
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0847bench0847'
down_revision = '0846bench0846'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0846",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0846")
