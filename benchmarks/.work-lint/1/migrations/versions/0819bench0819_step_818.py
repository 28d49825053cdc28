"""step 818

Revision ID: 0819bench0819
Revises: 0818bench0818
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0819bench0819'
down_revision = '0818bench0818'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0818",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0818")
