"""step 731

Revision ID: 0732bench0732
Revises: 0731bench0731
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0732bench0732'
down_revision = '0731bench0731'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0731",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0731")
