"""step 735

Revision ID: 0736bench0736
Revises: 0735bench0735
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0736bench0736'
down_revision = '0735bench0735'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0735",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0735")
