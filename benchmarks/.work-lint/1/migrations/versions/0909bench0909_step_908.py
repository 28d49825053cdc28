"""step 908

Revision ID: 0909bench0909
Revises: 0908bench0908
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0909bench0909'
down_revision = '0908bench0908'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0908",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0908")
