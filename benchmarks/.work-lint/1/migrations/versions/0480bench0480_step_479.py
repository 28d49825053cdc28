"""step 479

Revision ID: 0480bench0480
Revises: 0479bench0479
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0480bench0480'
down_revision = '0479bench0479'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0479",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0479")
