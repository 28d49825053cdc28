"""step 839

Revision ID: 0840bench0840
Revises: 0839bench0839
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0840bench0840'
down_revision = '0839bench0839'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0839",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0839")
