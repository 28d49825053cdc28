"""step 0

Revision ID: 0001bench0001
Revises: 
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0001bench0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0000",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0000")
