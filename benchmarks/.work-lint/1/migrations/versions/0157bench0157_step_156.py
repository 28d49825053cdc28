"""step 156

Revision ID: 0157bench0157
Revises: 0156bench0156
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0157bench0157'
down_revision = '0156bench0156'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0156",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0156")
