"""step 29

Revision ID: 0030bench0030
Revises: 0029bench0029
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0030bench0030'
down_revision = '0029bench0029'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0029",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0029")
