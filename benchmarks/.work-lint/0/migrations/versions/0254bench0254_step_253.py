"""step 253

Revision ID: 0254bench0254
Revises: 0253bench0253
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0254bench0254'
down_revision = '0253bench0253'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0253",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0253")
