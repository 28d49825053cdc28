"""step 279

Revision ID: 0280bench0280
Revises: 0279bench0279
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0280bench0280'
down_revision = '0279bench0279'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0279",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0279")
