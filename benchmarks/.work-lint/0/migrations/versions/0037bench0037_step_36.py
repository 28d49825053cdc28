"""step 36

Revision ID: 0037bench0037
Revises: 0036bench0036
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0037bench0037'
down_revision = '0036bench0036'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0036",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0036")
