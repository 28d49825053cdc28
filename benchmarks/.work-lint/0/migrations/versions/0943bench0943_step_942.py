"""step 942

Revision ID: 0943bench0943
Revises: 0942bench0942
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0943bench0943'
down_revision = '0942bench0942'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0942",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0942")
