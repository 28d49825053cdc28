"""step 765

Revision ID: 0766bench0766
Revises: 0765bench0765
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0766bench0766'
down_revision = '0765bench0765'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0765",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0765")
