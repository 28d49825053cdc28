"""step 423

Revision ID: 0424bench0424
Revises: 0423bench0423
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0424bench0424'
down_revision = '0423bench0423'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0423",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0423")
