"""step 297

Revision ID: 0298bench0298
Revises: 0297bench0297
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0298bench0298'
down_revision = '0297bench0297'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0297",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0297")
