"""step 404

Revision ID: 0405bench0405
Revises: 0404bench0404
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0405bench0405'
down_revision = '0404bench0404'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0404",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0404")
