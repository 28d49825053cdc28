"""step 18

Revision ID: 0019bench0019
Revises: 0018bench0018
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0019bench0019'
down_revision = '0018bench0018'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0018",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0018")
