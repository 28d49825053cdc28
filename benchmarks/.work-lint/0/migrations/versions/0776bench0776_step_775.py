"""step 775

Revision ID: 0776bench0776
Revises: 0775bench0775
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0776bench0776'
down_revision = '0775bench0775'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0775",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0775")
