"""step 89

Revision ID: 0090bench0090
Revises: 0089bench0089
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0090bench0090'
down_revision = '0089bench0089'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0089",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0089")
