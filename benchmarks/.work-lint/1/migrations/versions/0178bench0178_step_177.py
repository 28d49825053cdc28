"""step 177

Revision ID: 0178bench0178
Revises: 0177bench0177
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0178bench0178'
down_revision = '0177bench0177'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0177",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0177")
