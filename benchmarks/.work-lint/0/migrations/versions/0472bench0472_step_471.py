"""step 471

Revision ID: 0472bench0472
Revises: 0471bench0471
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0472bench0472'
down_revision = '0471bench0471'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0471",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0471")
