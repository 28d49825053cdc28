"""step 857

Revision ID: 0858bench0858
Revises: 0857bench0857
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0858bench0858'
down_revision = '0857bench0857'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0857",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0857")
