"""step 1

Revision ID: 0002bench0002
Revises: 0001bench0001
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0002bench0002'
down_revision = '0001bench0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0001",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0001")
