"""step 673

Revision ID: 0674bench0674
Revises: 0673bench0673
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0674bench0674'
down_revision = '0673bench0673'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0673",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0673")
