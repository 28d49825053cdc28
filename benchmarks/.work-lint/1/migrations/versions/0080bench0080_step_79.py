"""step 79

Revision ID: 0080bench0080
Revises: 0079bench0079
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0080bench0080'
down_revision = '0079bench0079'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0079",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0079")
