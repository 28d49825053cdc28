"""step 516

Revision ID: 0517bench0517
Revises: 0516bench0516
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0517bench0517'
down_revision = '0516bench0516'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0516",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0516")
