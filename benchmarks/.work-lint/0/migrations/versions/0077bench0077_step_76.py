"""step 76

Revision ID: 0077bench0077
Revises: 0076bench0076
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0077bench0077'
down_revision = '0076bench0076'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0076",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0076")
