"""step 302

Revision ID: 0303bench0303
Revises: 0302bench0302
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0303bench0303'
down_revision = '0302bench0302'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0302",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0302")
