"""step 419

Revision ID: 0420bench0420
Revises: 0419bench0419
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0420bench0420'
down_revision = '0419bench0419'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0419",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0419")
