"""step 873

Revision ID: 0874bench0874
Revises: 0873bench0873
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0874bench0874'
down_revision = '0873bench0873'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0873",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0873")
