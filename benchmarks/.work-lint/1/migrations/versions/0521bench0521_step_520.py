"""step 520

Revision ID: 0521bench0521
Revises: 0520bench0520
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0521bench0521'
down_revision = '0520bench0520'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0520",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0520")
