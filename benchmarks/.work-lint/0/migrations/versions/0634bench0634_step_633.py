"""step 633

Revision ID: 0634bench0634
Revises: 0633bench0633
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0634bench0634'
down_revision = '0633bench0633'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0633",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0633")
