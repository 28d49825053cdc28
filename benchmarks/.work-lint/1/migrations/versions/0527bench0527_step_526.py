"""step 526

Revision ID: 0527bench0527
Revises: 0526bench0526
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0527bench0527'
down_revision = '0526bench0526'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0526",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0526")
