"""step 897

Revision ID: 0898bench0898
Revises: 0897bench0897
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0898bench0898'
down_revision = '0897bench0897'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0897",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0897")
