"""step 610

Revision ID: 0611bench0611
Revises: 0610bench0610
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0611bench0611'
down_revision = '0610bench0610'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0610",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0610")
