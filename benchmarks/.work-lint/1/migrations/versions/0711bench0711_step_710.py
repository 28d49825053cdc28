"""step 710

Revision ID: 0711bench0711
Revises: 0710bench0710
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0711bench0711'
down_revision = '0710bench0710'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0710",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0710")
