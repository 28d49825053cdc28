"""step 260

Revision ID: 0261bench0261
Revises: 0260bench0260
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0261bench0261'
down_revision = '0260bench0260'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0260",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0260")
