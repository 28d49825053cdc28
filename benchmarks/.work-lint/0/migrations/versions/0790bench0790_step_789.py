"""step 789

Revision ID: 0790bench0790
Revises: 0789bench0789
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0790bench0790'
down_revision = '0789bench0789'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0789",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0789")
