"""step 414

Revision ID: 0415bench0415
Revises: 0414bench0414
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0415bench0415'
down_revision = '0414bench0414'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0414",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0414")
