"""step 455

Revision ID: 0456bench0456
Revises: 0455bench0455
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0456bench0456'
down_revision = '0455bench0455'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0455",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0455")
