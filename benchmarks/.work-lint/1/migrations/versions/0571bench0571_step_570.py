"""step 570

Revision ID: 0571bench0571
Revises: 0570bench0570
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0571bench0571'
down_revision = '0570bench0570'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0570",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0570")
