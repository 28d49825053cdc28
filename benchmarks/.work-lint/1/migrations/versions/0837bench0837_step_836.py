"""step 836

Revision ID: 0837bench0837
Revises: 0836bench0836
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0837bench0837'
down_revision = '0836bench0836'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0836",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0836")
