"""step 826

Revision ID: 0827bench0827
Revises: 0826bench0826
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0827bench0827'
down_revision = '0826bench0826'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0826",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0826")
