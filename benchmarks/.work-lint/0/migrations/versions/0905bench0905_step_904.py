"""step 904

Revision ID: 0905bench0905
Revises: 0904bench0904
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0905bench0905'
down_revision = '0904bench0904'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0904",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0904")
