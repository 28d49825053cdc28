"""step 609

Revision ID: 0610bench0610
Revises: 0609bench0609
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0610bench0610'
down_revision = '0609bench0609'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0609",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0609")
