"""step 761

Revision ID: 0762bench0762
Revises: 0761bench0761
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0762bench0762'
down_revision = '0761bench0761'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0761",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0761")
