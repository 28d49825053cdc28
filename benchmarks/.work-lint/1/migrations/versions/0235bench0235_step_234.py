"""step 234

Revision ID: 0235bench0235
Revises: 0234bench0234
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0235bench0235'
down_revision = '0234bench0234'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0234",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0234")
