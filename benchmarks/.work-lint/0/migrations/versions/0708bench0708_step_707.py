"""step 707

Revision ID: 0708bench0708
Revises: 0707bench0707
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0708bench0708'
down_revision = '0707bench0707'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0707",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0707")
