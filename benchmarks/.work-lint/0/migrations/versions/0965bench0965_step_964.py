"""step 964

Revision ID: 0965bench0965
Revises: 0964bench0964
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0965bench0965'
down_revision = '0964bench0964'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0964",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0964")
