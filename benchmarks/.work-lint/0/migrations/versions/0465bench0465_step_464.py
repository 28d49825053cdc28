"""step 464

Revision ID: 0465bench0465
Revises: 0464bench0464
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0465bench0465'
down_revision = '0464bench0464'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0464",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0464")
