"""step 379

Revision ID: 0380bench0380
Revises: 0379bench0379
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0380bench0380'
down_revision = '0379bench0379'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0379",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0379")
