"""step 657

Revision ID: 0658bench0658
Revises: 0657bench0657
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0658bench0658'
down_revision = '0657bench0657'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0657",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0657")
