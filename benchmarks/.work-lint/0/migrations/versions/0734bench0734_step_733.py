"""step 733

Revision ID: 0734bench0734
Revises: 0733bench0733
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0734bench0734'
down_revision = '0733bench0733'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0733",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0733")
