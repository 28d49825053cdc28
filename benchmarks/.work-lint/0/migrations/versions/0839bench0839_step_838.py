"""step 838

Revision ID: 0839bench0839
Revises: 0838bench0838
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0839bench0839'
down_revision = '0838bench0838'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0838",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0838")
