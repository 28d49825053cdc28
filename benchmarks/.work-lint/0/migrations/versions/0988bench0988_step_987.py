"""step 987

Revision ID: 0988bench0988
Revises: 0987bench0987
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0988bench0988'
down_revision = '0987bench0987'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0987",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0987")
