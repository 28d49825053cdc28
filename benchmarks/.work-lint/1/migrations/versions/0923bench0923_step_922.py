"""step 922

Revision ID: 0923bench0923
Revises: 0922bench0922
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0923bench0923'
down_revision = '0922bench0922'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0922",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0922")
