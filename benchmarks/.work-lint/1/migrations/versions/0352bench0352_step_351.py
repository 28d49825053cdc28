"""step 351

Revision ID: 0352bench0352
Revises: 0351bench0351
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0352bench0352'
down_revision = '0351bench0351'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0351",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0351")
