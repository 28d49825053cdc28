"""step 129

Revision ID: 0130bench0130
Revises: 0129bench0129
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0130bench0130'
down_revision = '0129bench0129'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0129",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0129")
