"""step 88

Revision ID: 0089bench0089
Revises: 0088bench0088
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0089bench0089'
down_revision = '0088bench0088'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0088",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0088")
