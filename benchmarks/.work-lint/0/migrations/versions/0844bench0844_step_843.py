"""step 843

Revision ID: 0844bench0844
Revises: 0843bench0843
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0844bench0844'
down_revision = '0843bench0843'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0843",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0843")
