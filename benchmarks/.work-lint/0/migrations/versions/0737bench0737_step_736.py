"""step 736

Revision ID: 0737bench0737
Revises: 0736bench0736
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0737bench0737'
down_revision = '0736bench0736'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0736",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0736")
