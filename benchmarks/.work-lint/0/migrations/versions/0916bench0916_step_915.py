"""step 915

Revision ID: 0916bench0916
Revises: 0915bench0915
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0916bench0916'
down_revision = '0915bench0915'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0915",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0915")
