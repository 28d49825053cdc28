"""step 449

Revision ID: 0450bench0450
Revises: 0449bench0449
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0450bench0450'
down_revision = '0449bench0449'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0449",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0449")
