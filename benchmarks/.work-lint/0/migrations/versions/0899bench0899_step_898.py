"""step 898

Revision ID: 0899bench0899
Revises: 0898bench0898
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0899bench0899'
down_revision = '0898bench0898'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0898",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0898")
