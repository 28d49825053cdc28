"""step 770

Revision ID: 0771bench0771
Revises: 0770bench0770
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0771bench0771'
down_revision = '0770bench0770'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0770",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0770")
