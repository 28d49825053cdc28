"""step 412

Revision ID: 0413bench0413
Revises: 0412bench0412
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0413bench0413'
down_revision = '0412bench0412'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0412",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0412")
