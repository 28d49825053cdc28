"""step 106

Revision ID: 0107bench0107
Revises: 0106bench0106
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0107bench0107'
down_revision = '0106bench0106'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0106",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0106")
