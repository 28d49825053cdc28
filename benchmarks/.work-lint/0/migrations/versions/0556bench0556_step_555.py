"""step 555

Revision ID: 0556bench0556
Revises: 0555bench0555
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0556bench0556'
down_revision = '0555bench0555'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0555",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0555")
