"""step 17

Revision ID: 0018bench0018
Revises: 0017bench0017
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0018bench0018'
down_revision = '0017bench0017'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0017",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0017")
