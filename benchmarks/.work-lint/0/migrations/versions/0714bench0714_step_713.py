"""step 713

Revision ID: 0714bench0714
Revises: 0713bench0713
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0714bench0714'
down_revision = '0713bench0713'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0713",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0713")
