"""step 135

Revision ID: 0136bench0136
Revises: 0135bench0135
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0136bench0136'
down_revision = '0135bench0135'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0135",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0135")
