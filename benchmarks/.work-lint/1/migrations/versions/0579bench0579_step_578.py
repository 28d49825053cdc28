"""step 578

Revision ID: 0579bench0579
Revises: 0578bench0578
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0579bench0579'
down_revision = '0578bench0578'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0578",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0578")
