"""step 289

Revision ID: 0290bench0290
Revises: 0289bench0289
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0290bench0290'
down_revision = '0289bench0289'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0289",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0289")
