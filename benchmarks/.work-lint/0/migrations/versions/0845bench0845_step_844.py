"""step 844

Revision ID: 0845bench0845
Revises: 0844bench0844
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0845bench0845'
down_revision = '0844bench0844'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0844",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0844")
