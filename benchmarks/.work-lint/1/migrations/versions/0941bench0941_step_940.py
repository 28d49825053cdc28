"""step 940

Revision ID: 0941bench0941
Revises: 0940bench0940
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0941bench0941'
down_revision = '0940bench0940'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0940",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0940")
