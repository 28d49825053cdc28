"""step 277

Revision ID: 0278bench0278
Revises: 0277bench0277
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0278bench0278'
down_revision = '0277bench0277'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0277",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0277")
