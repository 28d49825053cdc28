"""step 793

Revision ID: 0794bench0794
Revises: 0793bench0793
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0794bench0794'
down_revision = '0793bench0793'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0793",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0793")
