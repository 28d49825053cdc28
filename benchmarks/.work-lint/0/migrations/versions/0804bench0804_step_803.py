"""step 803

Revision ID: 0804bench0804
Revises: 0803bench0803
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0804bench0804'
down_revision = '0803bench0803'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0803",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0803")
