"""step 734

Revision ID: 0735bench0735
Revises: 0734bench0734
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0735bench0735'
down_revision = '0734bench0734'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0734",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0734")
