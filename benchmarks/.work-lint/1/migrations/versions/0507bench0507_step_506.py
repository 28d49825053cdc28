"""step 506

Revision ID: 0507bench0507
Revises: 0506bench0506
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0507bench0507'
down_revision = '0506bench0506'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0506",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0506")
