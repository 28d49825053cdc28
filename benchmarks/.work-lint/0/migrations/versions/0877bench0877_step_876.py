"""step 876

Revision ID: 0877bench0877
Revises: 0876bench0876
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0877bench0877'
down_revision = '0876bench0876'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0876",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0876")
