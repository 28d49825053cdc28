"""step 371

Revision ID: 0372bench0372
Revises: 0371bench0371
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0372bench0372'
down_revision = '0371bench0371'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0371",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0371")
