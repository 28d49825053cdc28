"""step 896

Revision ID: 0897bench0897
Revises: 0896bench0896
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0897bench0897'
down_revision = '0896bench0896'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0896",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0896")
