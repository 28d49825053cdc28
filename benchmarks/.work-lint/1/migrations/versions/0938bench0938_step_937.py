"""step 937

Revision ID: 0938bench0938
Revises: 0937bench0937
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0938bench0938'
down_revision = '0937bench0937'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0937",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0937")
