"""step 72

Revision ID: 0073bench0073
Revises: 0072bench0072
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0073bench0073'
down_revision = '0072bench0072'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0072",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0072")
