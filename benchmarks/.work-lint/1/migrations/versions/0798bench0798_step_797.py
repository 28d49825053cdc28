"""step 797

Revision ID: 0798bench0798
Revises: 0797bench0797
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0798bench0798'
down_revision = '0797bench0797'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0797",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0797")
