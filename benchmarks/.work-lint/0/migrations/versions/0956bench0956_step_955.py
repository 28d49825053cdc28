"""step 955

Revision ID: 0956bench0956
Revises: 0955bench0955
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0956bench0956'
down_revision = '0955bench0955'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0955",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0955")
