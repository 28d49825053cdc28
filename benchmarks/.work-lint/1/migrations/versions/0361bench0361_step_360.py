"""step 360

Revision ID: 0361bench0361
Revises: 0360bench0360
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0361bench0361'
down_revision = '0360bench0360'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0360",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0360")
