"""step 176

Revision ID: 0177bench0177
Revises: 0176bench0176
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0177bench0177'
down_revision = '0176bench0176'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0176",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0176")
