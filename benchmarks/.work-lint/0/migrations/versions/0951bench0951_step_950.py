"""step 950

Revision ID: 0951bench0951
Revises: 0950bench0950
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0951bench0951'
down_revision = '0950bench0950'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0950",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0950")
