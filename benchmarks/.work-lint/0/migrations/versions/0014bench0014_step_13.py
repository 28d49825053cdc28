"""step 13

Revision ID: 0014bench0014
Revises: 0013bench0013
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0014bench0014'
down_revision = '0013bench0013'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0013",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0013")
