"""step 38

Revision ID: 0039bench0039
Revises: 0038bench0038
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0039bench0039'
down_revision = '0038bench0038'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0038",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0038")
