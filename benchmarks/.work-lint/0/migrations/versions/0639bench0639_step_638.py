"""step 638

Revision ID: 0639bench0639
Revises: 0638bench0638
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0639bench0639'
down_revision = '0638bench0638'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0638",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0638")
