"""step 900

Revision ID: 0901bench0901
Revises: 0900bench0900
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0901bench0901'
down_revision = '0900bench0900'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0900",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0900")
