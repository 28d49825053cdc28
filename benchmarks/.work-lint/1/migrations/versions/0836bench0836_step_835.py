"""step 835

Revision ID: 0836bench0836
Revises: 0835bench0835
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0836bench0836'
down_revision = '0835bench0835'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0835",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0835")
