"""step 782

Revision ID: 0783bench0783
Revises: 0782bench0782
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0783bench0783'
down_revision = '0782bench0782'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0782",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0782")
