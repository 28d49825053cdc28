"""step 800

Revision ID: 0801bench0801
Revises: 0800bench0800
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0801bench0801'
down_revision = '0800bench0800'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0800",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0800")
