"""step 75

Revision ID: 0076bench0076
Revises: 0075bench0075
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0076bench0076'
down_revision = '0075bench0075'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0075",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0075")
