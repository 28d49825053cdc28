"""step 631

Revision ID: 0632bench0632
Revises: 0631bench0631
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0632bench0632'
down_revision = '0631bench0631'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0631",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0631")
