"""step 132

Revision ID: 0133bench0133
Revises: 0132bench0132
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0133bench0133'
down_revision = '0132bench0132'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0132",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0132")
