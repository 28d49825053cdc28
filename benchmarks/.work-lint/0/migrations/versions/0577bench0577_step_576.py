"""step 576

Revision ID: 0577bench0577
Revises: 0576bench0576
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0577bench0577'
down_revision = '0576bench0576'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0576",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0576")
