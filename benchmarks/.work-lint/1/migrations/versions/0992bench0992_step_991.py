"""step 991

Revision ID: 0992bench0992
Revises: 0991bench0991
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0992bench0992'
down_revision = '0991bench0991'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0991",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0991")
