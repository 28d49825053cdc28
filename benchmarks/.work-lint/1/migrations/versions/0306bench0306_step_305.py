"""step 305

Revision ID: 0306bench0306
Revises: 0305bench0305
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0306bench0306'
down_revision = '0305bench0305'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0305",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0305")
