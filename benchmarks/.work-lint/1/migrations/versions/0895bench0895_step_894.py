"""step 894

Revision ID: 0895bench0895
Revises: 0894bench0894
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0895bench0895'
down_revision = '0894bench0894'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0894",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0894")
