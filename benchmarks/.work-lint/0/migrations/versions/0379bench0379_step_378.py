"""step 378

Revision ID: 0379bench0379
Revises: 0378bench0378
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0379bench0379'
down_revision = '0378bench0378'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0378",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0378")
