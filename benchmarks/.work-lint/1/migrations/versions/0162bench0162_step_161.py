"""step 161

Revision ID: 0162bench0162
Revises: 0161bench0161
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0162bench0162'
down_revision = '0161bench0161'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0161",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0161")
