"""step 521

Revision ID: 0522bench0522
Revises: 0521bench0521
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0522bench0522'
down_revision = '0521bench0521'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0521",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0521")
