"""step 169

Revision ID: 0170bench0170
Revises: 0169bench0169
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0170bench0170'
down_revision = '0169bench0169'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0169",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0169")
