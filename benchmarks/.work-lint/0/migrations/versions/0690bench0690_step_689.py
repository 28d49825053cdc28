"""step 689

Revision ID: 0690bench0690
Revises: 0689bench0689
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0690bench0690'
down_revision = '0689bench0689'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0689",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0689")
