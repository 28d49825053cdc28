"""step 949

Revision ID: 0950bench0950
Revises: 0949bench0949
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0950bench0950'
down_revision = '0949bench0949'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0949",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0949")
