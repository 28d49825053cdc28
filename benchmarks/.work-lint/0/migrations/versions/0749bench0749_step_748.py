"""step 748

Revision ID: 0749bench0749
Revises: 0748bench0748
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0749bench0749'
down_revision = '0748bench0748'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0748",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0748")
