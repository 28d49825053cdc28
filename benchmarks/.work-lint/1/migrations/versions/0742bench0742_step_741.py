"""step 741

Revision ID: 0742bench0742
Revises: 0741bench0741
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0742bench0742'
down_revision = '0741bench0741'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0741",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0741")
