"""step 994

Revision ID: 0995bench0995
Revises: 0994bench0994
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0995bench0995'
down_revision = '0994bench0994'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0994",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0994")
