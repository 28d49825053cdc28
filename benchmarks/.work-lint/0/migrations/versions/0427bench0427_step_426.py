"""step 426

Revision ID: 0427bench0427
Revises: 0426bench0426
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0427bench0427'
down_revision = '0426bench0426'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0426",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0426")
