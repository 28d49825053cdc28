"""step 586

Revision ID: 0587bench0587
Revises: 0586bench0586
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0587bench0587'
down_revision = '0586bench0586'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0586",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0586")
