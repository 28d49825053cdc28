"""step 749

Revision ID: 0750bench0750
Revises: 0749bench0749
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0750bench0750'
down_revision = '0749bench0749'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0749",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0749")
