"""step 837

Revision ID: 0838bench0838
Revises: 0837bench0837
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0838bench0838'
down_revision = '0837bench0837'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0837",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0837")
