"""step 918

Revision ID: 0919bench0919
Revises: 0918bench0918
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0919bench0919'
down_revision = '0918bench0918'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0918",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0918")
