"""step 83

Revision ID: 0084bench0084
Revises: 0083bench0083
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0084bench0084'
down_revision = '0083bench0083'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0083",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0083")
