"""step 969

Revision ID: 0970bench0970
Revises: 0969bench0969
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0970bench0970'
down_revision = '0969bench0969'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0969",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0969")
