"""step 445

Revision ID: 0446bench0446
Revises: 0445bench0445
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0446bench0446'
down_revision = '0445bench0445'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0445",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0445")
