"""step 59

Revision ID: 0060bench0060
Revises: 0059bench0059
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0060bench0060'
down_revision = '0059bench0059'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0059",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0059")
