"""step 7

Revision ID: 0008bench0008
Revises: 0007bench0007
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0008bench0008'
down_revision = '0007bench0007'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0007",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0007")
