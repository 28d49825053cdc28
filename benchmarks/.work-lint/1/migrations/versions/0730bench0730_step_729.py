"""step 729

Revision ID: 0730bench0730
Revises: 0729bench0729
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0730bench0730'
down_revision = '0729bench0729'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0729",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0729")
