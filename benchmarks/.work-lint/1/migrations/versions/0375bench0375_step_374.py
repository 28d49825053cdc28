"""step 374

Revision ID: 0375bench0375
Revises: 0374bench0374
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0375bench0375'
down_revision = '0374bench0374'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0374",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0374")
