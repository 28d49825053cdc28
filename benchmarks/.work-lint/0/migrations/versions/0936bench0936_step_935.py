"""step 935

Revision ID: 0936bench0936
Revises: 0935bench0935
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0936bench0936'
down_revision = '0935bench0935'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0935",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0935")
