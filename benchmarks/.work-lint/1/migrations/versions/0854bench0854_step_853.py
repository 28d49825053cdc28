"""step 853

Revision ID: 0854bench0854
Revises: 0853bench0853
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0854bench0854'
down_revision = '0853bench0853'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0853",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0853")
