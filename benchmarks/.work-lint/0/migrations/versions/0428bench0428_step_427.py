"""step 427

Revision ID: 0428bench0428
Revises: 0427bench0427
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0428bench0428'
down_revision = '0427bench0427'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0427",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0427")
