"""step 792

Revision ID: 0793bench0793
Revises: 0792bench0792
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0793bench0793'
down_revision = '0792bench0792'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0792",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0792")
