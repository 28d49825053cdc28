"""step 616

Revision ID: 0617bench0617
Revises: 0616bench0616
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0617bench0617'
down_revision = '0616bench0616'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0616",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0616")
