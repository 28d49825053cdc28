"""step 245

Revision ID: 0246bench0246
Revises: 0245bench0245
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0246bench0246'
down_revision = '0245bench0245'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0245",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0245")
