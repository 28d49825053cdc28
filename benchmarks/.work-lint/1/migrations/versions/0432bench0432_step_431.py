"""step 431

Revision ID: 0432bench0432
Revises: 0431bench0431
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0432bench0432'
down_revision = '0431bench0431'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0431",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0431")
