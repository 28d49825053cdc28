"""step 784

Revision ID: 0785bench0785
Revises: 0784bench0784
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0785bench0785'
down_revision = '0784bench0784'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0784",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0784")
