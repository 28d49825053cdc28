"""step 442

Revision ID: 0443bench0443
Revises: 0442bench0442
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0443bench0443'
down_revision = '0442bench0442'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0442",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0442")
