"""step 543

Revision ID: 0544bench0544
Revises: 0543bench0543
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0544bench0544'
down_revision = '0543bench0543'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0543",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0543")
