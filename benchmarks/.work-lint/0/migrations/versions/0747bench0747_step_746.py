"""step 746

Revision ID: 0747bench0747
Revises: 0746bench0746
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0747bench0747'
down_revision = '0746bench0746'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0746",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0746")
