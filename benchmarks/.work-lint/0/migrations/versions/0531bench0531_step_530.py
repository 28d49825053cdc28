"""step 530

Revision ID: 0531bench0531
Revises: 0530bench0530
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0531bench0531'
down_revision = '0530bench0530'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0530",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0530")
