"""step 976

Revision ID: 0977bench0977
Revises: 0976bench0976
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0977bench0977'
down_revision = '0976bench0976'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0976",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0976")
