"""step 25

Revision ID: 0026bench0026
Revises: 0025bench0025
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0026bench0026'
down_revision = '0025bench0025'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0025",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0025")
