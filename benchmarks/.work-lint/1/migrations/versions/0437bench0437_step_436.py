"""step 436

Revision ID: 0437bench0437
Revises: 0436bench0436
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0437bench0437'
down_revision = '0436bench0436'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0436",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0436")
