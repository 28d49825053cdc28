"""step 804

Revision ID: 0805bench0805
Revises: 0804bench0804
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0805bench0805'
down_revision = '0804bench0804'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0804",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0804")
