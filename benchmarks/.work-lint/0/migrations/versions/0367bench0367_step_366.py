"""step 366

Revision ID: 0367bench0367
Revises: 0366bench0366
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0367bench0367'
down_revision = '0366bench0366'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0366",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0366")
