"""step 791

Revision ID: 0792bench0792
Revises: 0791bench0791
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0792bench0792'
down_revision = '0791bench0791'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0791",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0791")
