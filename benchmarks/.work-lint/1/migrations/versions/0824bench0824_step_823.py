"""step 823

Revision ID: 0824bench0824
Revises: 0823bench0823
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0824bench0824'
down_revision = '0823bench0823'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0823",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0823")
