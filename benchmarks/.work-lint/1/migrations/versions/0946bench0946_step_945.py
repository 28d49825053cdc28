"""step 945

Revision ID: 0946bench0946
Revises: 0945bench0945
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0946bench0946'
down_revision = '0945bench0945'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0945",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0945")
