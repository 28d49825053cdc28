"""step 119

Revision ID: 0120bench0120
Revises: 0119bench0119
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0120bench0120'
down_revision = '0119bench0119'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0119",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0119")
