"""step 554

Revision ID: 0555bench0555
Revises: 0554bench0554
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0555bench0555'
down_revision = '0554bench0554'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0554",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0554")
