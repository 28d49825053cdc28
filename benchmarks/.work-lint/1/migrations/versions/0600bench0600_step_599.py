"""step 599

Revision ID: 0600bench0600
Revises: 0599bench0599
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0600bench0600'
down_revision = '0599bench0599'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0599",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0599")
