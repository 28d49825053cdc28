"""step 658

Revision ID: 0659bench0659
Revises: 0658bench0658
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0659bench0659'
down_revision = '0658bench0658'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0658",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0658")
