"""step 342

Revision ID: 0343bench0343
Revises: 0342bench0342
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0343bench0343'
down_revision = '0342bench0342'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0342",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0342")
