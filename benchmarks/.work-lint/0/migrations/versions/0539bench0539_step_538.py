"""step 538

Revision ID: 0539bench0539
Revises: 0538bench0538
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0539bench0539'
down_revision = '0538bench0538'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0538",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0538")
