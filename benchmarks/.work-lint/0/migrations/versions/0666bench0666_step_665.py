"""step 665

Revision ID: 0666bench0666
Revises: 0665bench0665
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0666bench0666'
down_revision = '0665bench0665'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0665",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0665")
