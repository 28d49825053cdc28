"""step 213

Revision ID: 0214bench0214
Revises: 0213bench0213
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0214bench0214'
down_revision = '0213bench0213'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0213",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0213")
