"""step 473

Revision ID: 0474bench0474
Revises: 0473bench0473
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0474bench0474'
down_revision = '0473bench0473'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0473",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0473")
