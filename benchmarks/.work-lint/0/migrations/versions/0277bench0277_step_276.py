"""step 276

Revision ID: 0277bench0277
Revises: 0276bench0276
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0277bench0277'
down_revision = '0276bench0276'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0276",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0276")
