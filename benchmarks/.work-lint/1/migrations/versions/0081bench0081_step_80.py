"""step 80

Revision ID: 0081bench0081
Revises: 0080bench0080
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0081bench0081'
down_revision = '0080bench0080'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0080",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0080")
