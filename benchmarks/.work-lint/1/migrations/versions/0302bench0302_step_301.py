"""step 301

Revision ID: 0302bench0302
Revises: 0301bench0301
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0302bench0302'
down_revision = '0301bench0301'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0301",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0301")
