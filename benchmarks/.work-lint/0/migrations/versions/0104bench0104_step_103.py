"""step 103

Revision ID: 0104bench0104
Revises: 0103bench0103
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0104bench0104'
down_revision = '0103bench0103'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0103",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0103")
