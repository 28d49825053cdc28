"""step 565

Revision ID: 0566bench0566
Revises: 0565bench0565
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0566bench0566'
down_revision = '0565bench0565'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0565",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0565")
