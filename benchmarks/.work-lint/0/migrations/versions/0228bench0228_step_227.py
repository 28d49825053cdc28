"""step 227

Revision ID: 0228bench0228
Revises: 0227bench0227
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0228bench0228'
down_revision = '0227bench0227'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0227",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0227")
