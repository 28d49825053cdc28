"""step 472

Revision ID: 0473bench0473
Revises: 0472bench0472
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0473bench0473'
down_revision = '0472bench0472'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0472",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0472")
