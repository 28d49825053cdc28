"""step 51

Revision ID: 0052bench0052
Revises: 0051bench0051
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0052bench0052'
down_revision = '0051bench0051'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0051",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0051")
