"""step 993

Revision ID: 0994bench0994
Revises: 0993bench0993
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0994bench0994'
down_revision = '0993bench0993'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0993",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0993")
