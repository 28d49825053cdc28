"""step 936

Revision ID: 0937bench0937
Revises: 0936bench0936
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0937bench0937'
down_revision = '0936bench0936'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0936",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0936")
