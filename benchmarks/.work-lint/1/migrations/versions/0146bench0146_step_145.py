"""step 145

Revision ID: 0146bench0146
Revises: 0145bench0145
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0146bench0146'
down_revision = '0145bench0145'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0145",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0145")
