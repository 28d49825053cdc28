"""step 127

Revision ID: 0128bench0128
Revises: 0127bench0127
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0128bench0128'
down_revision = '0127bench0127'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0127",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0127")
