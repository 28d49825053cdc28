"""step 960

Revision ID: 0961bench0961
Revises: 0960bench0960
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0961bench0961'
down_revision = '0960bench0960'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0960",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0960")
