"""step 251

Revision ID: 0252bench0252
Revises: 0251bench0251
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0252bench0252'
down_revision = '0251bench0251'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0251",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0251")
