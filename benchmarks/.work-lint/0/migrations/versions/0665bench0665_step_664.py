"""step 664

Revision ID: 0665bench0665
Revises: 0664bench0664
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0665bench0665'
down_revision = '0664bench0664'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0664",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0664")
