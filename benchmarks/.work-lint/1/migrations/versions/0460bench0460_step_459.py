"""step 459

Revision ID: 0460bench0460
Revises: 0459bench0459
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0460bench0460'
down_revision = '0459bench0459'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0459",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0459")
