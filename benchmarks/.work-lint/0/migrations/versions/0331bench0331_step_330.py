"""step 330

Revision ID: 0331bench0331
Revises: 0330bench0330
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0331bench0331'
down_revision = '0330bench0330'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0330",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0330")
