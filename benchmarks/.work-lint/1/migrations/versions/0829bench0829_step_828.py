"""step 828

Revision ID: 0829bench0829
Revises: 0828bench0828
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0829bench0829'
down_revision = '0828bench0828'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0828",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0828")
