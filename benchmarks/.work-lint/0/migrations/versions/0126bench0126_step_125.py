"""step 125

Revision ID: 0126bench0126
Revises: 0125bench0125
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0126bench0126'
down_revision = '0125bench0125'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0125",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0125")
