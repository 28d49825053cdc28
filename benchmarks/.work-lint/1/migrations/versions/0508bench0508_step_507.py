"""step 507

Revision ID: 0508bench0508
Revises: 0507bench0507
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0508bench0508'
down_revision = '0507bench0507'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0507",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0507")
