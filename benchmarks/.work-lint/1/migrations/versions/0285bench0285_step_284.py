"""step 284

Revision ID: 0285bench0285
Revises: 0284bench0284
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0285bench0285'
down_revision = '0284bench0284'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0284",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0284")
