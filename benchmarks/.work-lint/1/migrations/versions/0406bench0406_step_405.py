"""step 405

Revision ID: 0406bench0406
Revises: 0405bench0405
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0406bench0406'
down_revision = '0405bench0405'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0405",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0405")
