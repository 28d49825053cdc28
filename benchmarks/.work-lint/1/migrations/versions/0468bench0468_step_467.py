"""step 467

Revision ID: 0468bench0468
Revises: 0467bench0467
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0468bench0468'
down_revision = '0467bench0467'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0467",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0467")
