"""step 637

Revision ID: 0638bench0638
Revises: 0637bench0637
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0638bench0638'
down_revision = '0637bench0637'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0637",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0637")
