"""step 270

Revision ID: 0271bench0271
Revises: 0270bench0270
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0271bench0271'
down_revision = '0270bench0270'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0270",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0270")
