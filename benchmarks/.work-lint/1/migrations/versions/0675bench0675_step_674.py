"""step 674

Revision ID: 0675bench0675
Revises: 0674bench0674
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0675bench0675'
down_revision = '0674bench0674'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0674",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0674")
