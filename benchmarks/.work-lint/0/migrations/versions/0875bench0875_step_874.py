"""step 874

Revision ID: 0875bench0875
Revises: 0874bench0874
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0875bench0875'
down_revision = '0874bench0874'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0874",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0874")
