"""step 864

Revision ID: 0865bench0865
Revises: 0864bench0864
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0865bench0865'
down_revision = '0864bench0864'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0864",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0864")
