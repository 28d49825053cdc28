"""step 109

Revision ID: 0110bench0110
Revises: 0109bench0109
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0110bench0110'
down_revision = '0109bench0109'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0109",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0109")
