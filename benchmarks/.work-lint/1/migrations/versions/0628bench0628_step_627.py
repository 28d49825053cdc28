"""step 627

Revision ID: 0628bench0628
Revises: 0627bench0627
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0628bench0628'
down_revision = '0627bench0627'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0627",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0627")
