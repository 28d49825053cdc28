"""step 961

Revision ID: 0962bench0962
Revises: 0961bench0961
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0962bench0962'
down_revision = '0961bench0961'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0961",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0961")
