"""step 829

Revision ID: 0830bench0830
Revises: 0829bench0829
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0830bench0830'
down_revision = '0829bench0829'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0829",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0829")
