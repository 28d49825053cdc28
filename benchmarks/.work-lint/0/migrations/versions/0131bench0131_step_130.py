"""step 130

Revision ID: 0131bench0131
Revises: 0130bench0130
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0131bench0131'
down_revision = '0130bench0130'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0130",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0130")
