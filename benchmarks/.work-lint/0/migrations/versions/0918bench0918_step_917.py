"""step 917

Revision ID: 0918bench0918
Revises: 0917bench0917
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0918bench0918'
down_revision = '0917bench0917'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0917",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0917")
