"""step 358

Revision ID: 0359bench0359
Revises: 0358bench0358
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0359bench0359'
down_revision = '0358bench0358'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0358",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0358")
