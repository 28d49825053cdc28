"""step 948

Revision ID: 0949bench0949
Revises: 0948bench0948
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0949bench0949'
down_revision = '0948bench0948'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0948",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0948")
