"""step 995

Revision ID: 0996bench0996
Revises: 0995bench0995
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0996bench0996'
down_revision = '0995bench0995'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0995",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0995")
