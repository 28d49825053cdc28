"""step 596

Revision ID: 0597bench0597
Revises: 0596bench0596
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0597bench0597'
down_revision = '0596bench0596'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0596",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0596")
