"""step 709

Revision ID: 0710bench0710
Revises: 0709bench0709
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0710bench0710'
down_revision = '0709bench0709'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0709",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0709")
