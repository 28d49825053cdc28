"""step 438

Revision ID: 0439bench0439
Revises: 0438bench0438
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0439bench0439'
down_revision = '0438bench0438'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0438",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0438")
