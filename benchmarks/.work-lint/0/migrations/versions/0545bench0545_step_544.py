"""step 544

Revision ID: 0545bench0545
Revises: 0544bench0544
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0545bench0545'
down_revision = '0544bench0544'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0544",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0544")
