"""step 889

Revision ID: 0890bench0890
Revises: 0889bench0889
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0890bench0890'
down_revision = '0889bench0889'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0889",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0889")
