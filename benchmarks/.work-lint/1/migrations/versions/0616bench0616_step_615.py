"""step 615

Revision ID: 0616bench0616
Revises: 0615bench0615
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0616bench0616'
down_revision = '0615bench0615'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0615",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0615")
