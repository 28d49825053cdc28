"""step 259

Revision ID: 0260bench0260
Revises: 0259bench0259
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0260bench0260'
down_revision = '0259bench0259'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0259",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0259")
