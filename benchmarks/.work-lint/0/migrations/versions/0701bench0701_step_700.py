"""step 700

Revision ID: 0701bench0701
Revises: 0700bench0700
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0701bench0701'
down_revision = '0700bench0700'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0700",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0700")
