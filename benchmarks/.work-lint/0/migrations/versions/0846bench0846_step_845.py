"""step 845

Revision ID: 0846bench0846
Revises: 0845bench0845
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0846bench0846'
down_revision = '0845bench0845'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0845",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0845")
