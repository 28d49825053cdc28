"""step 162

Revision ID: 0163bench0163
Revises: 0162bench0162
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0163bench0163'
down_revision = '0162bench0162'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0162",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0162")
