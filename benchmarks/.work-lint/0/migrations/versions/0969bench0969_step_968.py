"""step 968

Revision ID: 0969bench0969
Revises: 0968bench0968
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0969bench0969'
down_revision = '0968bench0968'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0968",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0968")
