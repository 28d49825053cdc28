"""step 236

Revision ID: 0237bench0237
Revises: 0236bench0236
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0237bench0237'
down_revision = '0236bench0236'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0236",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0236")
