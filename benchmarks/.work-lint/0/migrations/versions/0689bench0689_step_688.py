"""step 688

Revision ID: 0689bench0689
Revises: 0688bench0688
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0689bench0689'
down_revision = '0688bench0688'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0688",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0688")
