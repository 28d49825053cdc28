"""step 30

Revision ID: 0031bench0031
Revises: 0030bench0030
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0031bench0031'
down_revision = '0030bench0030'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0030",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0030")
