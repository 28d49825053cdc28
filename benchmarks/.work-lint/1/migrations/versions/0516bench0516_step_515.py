"""step 515

Revision ID: 0516bench0516
Revises: 0515bench0515
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0516bench0516'
down_revision = '0515bench0515'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0515",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0515")
