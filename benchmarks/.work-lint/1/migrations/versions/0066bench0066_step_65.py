"""step 65

Revision ID: 0066bench0066
Revises: 0065bench0065
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0066bench0066'
down_revision = '0065bench0065'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0065",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0065")
