"""step 511

Revision ID: 0512bench0512
Revises: 0511bench0511
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0512bench0512'
down_revision = '0511bench0511'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0511",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0511")
