"""step 258

Revision ID: 0259bench0259
Revises: 0258bench0258
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0259bench0259'
down_revision = '0258bench0258'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0258",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0258")
