"""step 167

Revision ID: 0168bench0168
Revises: 0167bench0167
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0168bench0168'
down_revision = '0167bench0167'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0167",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0167")
