"""step 992

Revision ID: 0993bench0993
Revises: 0992bench0992
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0993bench0993'
down_revision = '0992bench0992'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0992",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0992")
