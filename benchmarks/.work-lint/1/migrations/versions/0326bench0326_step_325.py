"""step 325

Revision ID: 0326bench0326
Revises: 0325bench0325
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0326bench0326'
down_revision = '0325bench0325'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0325",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0325")
