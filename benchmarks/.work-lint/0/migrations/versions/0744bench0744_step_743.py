"""step 743

Revision ID: 0744bench0744
Revises: 0743bench0743
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0744bench0744'
down_revision = '0743bench0743'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0743",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0743")
