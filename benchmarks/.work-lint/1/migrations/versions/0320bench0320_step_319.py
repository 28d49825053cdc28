"""step 319

Revision ID: 0320bench0320
Revises: 0319bench0319
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0320bench0320'
down_revision = '0319bench0319'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0319",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0319")
