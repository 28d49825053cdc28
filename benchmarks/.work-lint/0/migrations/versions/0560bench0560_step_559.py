"""step 559

Revision ID: 0560bench0560
Revises: 0559bench0559
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0560bench0560'
down_revision = '0559bench0559'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0559",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0559")
