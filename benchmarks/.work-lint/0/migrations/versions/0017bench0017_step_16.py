"""step 16

Revision ID: 0017bench0017
Revises: 0016bench0016
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0017bench0017'
down_revision = '0016bench0016'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0016",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0016")
