"""step 212

Revision ID: 0213bench0213
Revises: 0212bench0212
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0213bench0213'
down_revision = '0212bench0212'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0212",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0212")
