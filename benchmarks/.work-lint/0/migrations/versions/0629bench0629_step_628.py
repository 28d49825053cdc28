"""step 628

Revision ID: 0629bench0629
Revises: 0628bench0628
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0629bench0629'
down_revision = '0628bench0628'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0628",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0628")
