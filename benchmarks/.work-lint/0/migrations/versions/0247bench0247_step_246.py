"""step 246

Revision ID: 0247bench0247
Revises: 0246bench0246
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0247bench0247'
down_revision = '0246bench0246'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0246",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0246")
