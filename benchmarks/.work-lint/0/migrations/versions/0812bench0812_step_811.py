"""step 811

Revision ID: 0812bench0812
Revises: 0811bench0811
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0812bench0812'
down_revision = '0811bench0811'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0811",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0811")
