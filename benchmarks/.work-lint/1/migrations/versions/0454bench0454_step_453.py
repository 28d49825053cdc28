"""step 453

Revision ID: 0454bench0454
Revises: 0453bench0453
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0454bench0454'
down_revision = '0453bench0453'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0453",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0453")
