"""step 863

Revision ID: 0864bench0864
Revises: 0863bench0863
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0864bench0864'
down_revision = '0863bench0863'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0863",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0863")
