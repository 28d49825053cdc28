"""step 690

Revision ID: 0691bench0691
Revises: 0690bench0690
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0691bench0691'
down_revision = '0690bench0690'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0690",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0690")
