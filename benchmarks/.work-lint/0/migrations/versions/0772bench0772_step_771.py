"""step 771

Revision ID: 0772bench0772
Revises: 0771bench0771
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0772bench0772'
down_revision = '0771bench0771'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0771",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0771")
