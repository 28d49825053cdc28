"""step 926

Revision ID: 0927bench0927
Revises: 0926bench0926
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0927bench0927'
down_revision = '0926bench0926'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0926",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0926")
