"""step 928

Revision ID: 0929bench0929
Revises: 0928bench0928
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0929bench0929'
down_revision = '0928bench0928'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0928",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0928")
