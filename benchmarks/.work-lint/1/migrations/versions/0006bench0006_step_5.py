"""step 5

Revision ID: 0006bench0006
Revises: 0005bench0005
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0006bench0006'
down_revision = '0005bench0005'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0005",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0005")
