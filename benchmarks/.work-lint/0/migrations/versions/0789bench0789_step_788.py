"""step 788

Revision ID: 0789bench0789
Revises: 0788bench0788
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0789bench0789'
down_revision = '0788bench0788'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0788",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0788")
