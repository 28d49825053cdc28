"""step 501

Revision ID: 0502bench0502
Revises: 0501bench0501
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0502bench0502'
down_revision = '0501bench0501'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0501",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0501")
