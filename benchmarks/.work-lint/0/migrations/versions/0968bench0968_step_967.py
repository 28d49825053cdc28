"""step 967

Revision ID: 0968bench0968
Revises: 0967bench0967
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0968bench0968'
down_revision = '0967bench0967'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0967",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0967")
