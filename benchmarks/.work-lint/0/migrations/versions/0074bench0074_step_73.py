"""step 73

Revision ID: 0074bench0074
Revises: 0073bench0073
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0074bench0074'
down_revision = '0073bench0073'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0073",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0073")
