"""step 318

Revision ID: 0319bench0319
Revises: 0318bench0318
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0319bench0319'
down_revision = '0318bench0318'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0318",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0318")
