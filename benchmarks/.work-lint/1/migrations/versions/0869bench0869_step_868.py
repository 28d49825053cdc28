"""step 868

Revision ID: 0869bench0869
Revises: 0868bench0868
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0869bench0869'
down_revision = '0868bench0868'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0868",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0868")
