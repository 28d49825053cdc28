"""step 403

Revision ID: 0404bench0404
Revises: 0403bench0403
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0404bench0404'
down_revision = '0403bench0403'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0403",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0403")
