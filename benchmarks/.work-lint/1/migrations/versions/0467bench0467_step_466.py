"""step 466

Revision ID: 0467bench0467
Revises: 0466bench0466
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0467bench0467'
down_revision = '0466bench0466'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0466",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0466")
