"""step 533

Revision ID: 0534bench0534
Revises: 0533bench0533
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0534bench0534'
down_revision = '0533bench0533'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0533",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0533")
