"""step 376

Revision ID: 0377bench0377
Revises: 0376bench0376
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0377bench0377'
down_revision = '0376bench0376'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0376",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0376")
