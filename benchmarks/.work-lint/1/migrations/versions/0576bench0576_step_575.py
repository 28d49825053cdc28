"""step 575

Revision ID: 0576bench0576
Revises: 0575bench0575
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0576bench0576'
down_revision = '0575bench0575'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0575",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0575")
