"""step 355

Revision ID: 0356bench0356
Revises: 0355bench0355
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0356bench0356'
down_revision = '0355bench0355'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0355",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0355")
