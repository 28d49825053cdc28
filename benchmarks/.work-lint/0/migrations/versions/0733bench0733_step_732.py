"""step 732

Revision ID: 0733bench0733
Revises: 0732bench0732
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0733bench0733'
down_revision = '0732bench0732'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0732",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0732")
