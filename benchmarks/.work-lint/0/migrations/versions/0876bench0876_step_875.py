"""step 875

Revision ID: 0876bench0876
Revises: 0875bench0875
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0876bench0876'
down_revision = '0875bench0875'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0875",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0875")
