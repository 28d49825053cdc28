"""step 772

Revision ID: 0773bench0773
Revises: 0772bench0772
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0773bench0773'
down_revision = '0772bench0772'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0772",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0772")
