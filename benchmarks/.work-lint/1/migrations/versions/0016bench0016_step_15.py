"""step 15

Revision ID: 0016bench0016
Revises: 0015bench0015
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0016bench0016'
down_revision = '0015bench0015'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0015",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0015")
