"""step 996

Revision ID: 0997bench0997
Revises: 0996bench0996
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0997bench0997'
down_revision = '0996bench0996'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0996",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0996")
