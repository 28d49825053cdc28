"""step 97

Revision ID: 0098bench0098
Revises: 0097bench0097
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0098bench0098'
down_revision = '0097bench0097'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0097",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0097")
