"""step 983

Revision ID: 0984bench0984
Revises: 0983bench0983
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0984bench0984'
down_revision = '0983bench0983'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0983",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0983")
