"""step 138

Revision ID: 0139bench0139
Revises: 0138bench0138
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0139bench0139'
down_revision = '0138bench0138'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0138",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0138")
