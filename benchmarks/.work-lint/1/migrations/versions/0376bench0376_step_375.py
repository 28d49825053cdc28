"""step 375

Revision ID: 0376bench0376
Revises: 0375bench0375
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0376bench0376'
down_revision = '0375bench0375'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0375",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0375")
