"""step 349

Revision ID: 0350bench0350
Revises: 0349bench0349
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0350bench0350'
down_revision = '0349bench0349'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0349",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0349")
