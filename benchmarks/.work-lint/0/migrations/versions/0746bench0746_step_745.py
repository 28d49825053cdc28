"""step 745

Revision ID: 0746bench0746
Revises: 0745bench0745
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0746bench0746'
down_revision = '0745bench0745'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0745",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0745")
