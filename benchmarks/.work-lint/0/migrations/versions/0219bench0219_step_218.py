"""step 218

Revision ID: 0219bench0219
Revises: 0218bench0218
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0219bench0219'
down_revision = '0218bench0218'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0218",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0218")
