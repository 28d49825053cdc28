"""step 854

Revision ID: 0855bench0855
Revises: 0854bench0854
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0855bench0855'
down_revision = '0854bench0854'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0854",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0854")
