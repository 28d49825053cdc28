"""step 971

Revision ID: 0972bench0972
Revises: 0971bench0971
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0972bench0972'
down_revision = '0971bench0971'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0971",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0971")
